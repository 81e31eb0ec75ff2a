// The README's first command runs this: `dotnet run --project samples/CareerModel.QuickStart`.
CareerModel.QuickStart.Tour.Run(Console.Out, NodaTime.SystemClock.Instance);
