// careermodel: the library on the command line. `careermodel --help` lists the commands.
// The library never reads the system clock (src/BannedSymbols.txt); an application chooses it, and this is one.
#pragma warning disable RS0030
return CareerModel.Cli.CareerApp.Run(args, CareerModel.Cli.Output.Terminal.FromConsole(), NodaTime.SystemClock.Instance);
