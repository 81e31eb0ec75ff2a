// The README's web command runs this: `dotnet run --project samples/CareerModel.Web`, then open
// http://127.0.0.1:5080. Everything it does is in CareerExplorerApp, so the tests host the same app.
CareerModel.Web.CareerExplorerApp.Build(args).Run();
