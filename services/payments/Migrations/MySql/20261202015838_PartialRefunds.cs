using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace K8sShop.Payments.Migrations.MySql
{
    /// <inheritdoc />
    public partial class PartialRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_refunds_PaymentId",
                table: "refunds");

            migrationBuilder.CreateIndex(
                name: "IX_refunds_PaymentId_IdempotencyKey",
                table: "refunds",
                columns: new[] { "PaymentId", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_refunds_PaymentId_IdempotencyKey",
                table: "refunds");

            migrationBuilder.CreateIndex(
                name: "IX_refunds_PaymentId",
                table: "refunds",
                column: "PaymentId",
                unique: true);
        }
    }
}
