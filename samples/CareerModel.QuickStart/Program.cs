Console.WriteLine("CareerModel QuickStart");
