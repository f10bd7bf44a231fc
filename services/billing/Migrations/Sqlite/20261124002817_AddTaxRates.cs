using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace K8sShop.Billing.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddTaxRates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tax_rates",
                columns: table => new
                {
                    Country = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    TaxClass = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BasisPoints = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tax_rates", x => new { x.Country, x.TaxClass });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tax_rates");
        }
    }
}
