using K8sShop.Operator.Hosting;

return await OperatorCommands.RunAsync(args);
