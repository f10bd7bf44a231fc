namespace K8sShop.Notifications.Templates;

/// <summary>The French wording of every notification.</summary>
public static class FrenchTemplates
{
    public static readonly IReadOnlyDictionary<NotificationKind, MessageTemplate> All = new Dictionary<NotificationKind, MessageTemplate>
    {
        [NotificationKind.EmailConfirmation] = new(
            "Confirmez votre adresse e-mail",
            "Bonjour {{Name}},\n\nVeuillez confirmer votre adresse e-mail en ouvrant ce lien :\n{{Link}}\n\nSi vous n'avez pas créé de compte, ignorez ce message.",
            "<p>Bonjour {{Name}},</p><p>Veuillez confirmer votre adresse e-mail :</p><p><a href=\"{{Link}}\">Confirmer mon adresse</a></p><p>Si vous n'avez pas créé de compte, ignorez ce message.</p>"),
        [NotificationKind.PasswordReset] = new(
            "Réinitialisez votre mot de passe",
            "Bonjour {{Name}},\n\nQuelqu'un a demandé la réinitialisation de votre mot de passe. Pour en choisir un nouveau, ouvrez ce lien :\n{{Link}}\n\nSi ce n'était pas vous, ignorez ce message.",
            "<p>Bonjour {{Name}},</p><p>Quelqu'un a demandé la réinitialisation de votre mot de passe.</p><p><a href=\"{{Link}}\">Choisir un nouveau mot de passe</a></p><p>Si ce n'était pas vous, ignorez ce message.</p>"),
        [NotificationKind.OrderStatusChanged] = new(
            "Votre commande {{Order}} est maintenant {{Status}}",
            "Bonjour {{Name}},\n\nVotre commande {{Order}} est maintenant {{Status}}.{{Details}}",
            "<p>Bonjour {{Name}},</p><p>Votre commande <strong>{{Order}}</strong> est maintenant <strong>{{Status}}</strong>.</p><p>{{Details}}</p>"),
        [NotificationKind.PaymentFailed] = new(
            "Échec du paiement de la commande {{Order}}",
            "Bonjour {{Name}},\n\nLe paiement de votre commande {{Order}} a échoué : {{Reason}}.\nLa commande a été annulée et rien n'a été débité.",
            "<p>Bonjour {{Name}},</p><p>Le paiement de votre commande <strong>{{Order}}</strong> a échoué : {{Reason}}.</p><p>La commande a été annulée et rien n'a été débité.</p>"),
        [NotificationKind.InvoiceIssued] = new(
            "Votre {{Document}} {{Number}}",
            "Bonjour {{Name}},\n\nVotre {{Document}} {{Number}} pour la commande {{Order}} a été émise : {{Total}}.",
            "<p>Bonjour {{Name}},</p><p>Votre {{Document}} <strong>{{Number}}</strong> pour la commande {{Order}} a été émise : <strong>{{Total}}</strong>.</p>"),
        [NotificationKind.ReservationExpired] = new(
            "Votre commande {{Order}} a expiré",
            "Bonjour {{Name}},\n\nVotre commande {{Order}} n'a pas été payée à temps : ses articles ont été remis en vente.",
            "<p>Bonjour {{Name}},</p><p>Votre commande <strong>{{Order}}</strong> n'a pas été payée à temps : ses articles ont été remis en vente.</p>"),
    };

    public static readonly IReadOnlyDictionary<string, string> Words = new Dictionary<string, string>
    {
        ["invoice"] = "facture",
        ["credit-note"] = "facture d'avoir",
        ["tracking"] = " Numéro de suivi : {0}.",
        ["Submitted"] = "enregistrée",
        ["StockReserved"] = "réservée",
        ["Priced"] = "chiffrée",
        ["Paid"] = "payée",
        ["Shipped"] = "expédiée",
        ["Delivered"] = "livrée",
        ["Cancelled"] = "annulée",
        ["Refunded"] = "remboursée",
        ["Rejected"] = "refusée",
        ["PaymentFailed"] = "impayée",
        ["Expired"] = "expirée",
    };
}
