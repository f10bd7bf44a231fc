using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace K8sShop.Billing.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPricedOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BillTo",
                table: "invoices",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "priced_orders",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    ShippingCountry = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    TotalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    BreakdownJson = table.Column<string>(type: "TEXT", nullable: false),
                    ShippingAddressJson = table.Column<string>(type: "TEXT", nullable: false),
                    BillingAddressJson = table.Column<string>(type: "TEXT", nullable: false),
                    AppliedCodesJson = table.Column<string>(type: "TEXT", nullable: false),
                    PricedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_priced_orders", x => x.OrderId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "priced_orders");

            migrationBuilder.DropColumn(
                name: "BillTo",
                table: "invoices");
        }
    }
}
