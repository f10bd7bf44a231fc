using K8sShop.Contracts;

namespace K8sShop.Platform.Tests.Messaging;

/// <summary>A message made for these tests: its consumer's side effect is countable in the database.</summary>
public sealed record PaymentRecorded(int Number, long AmountMinor, string Currency) : IIntegrationMessage;
