using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace K8sShop.Orders.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartialRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RefundedMinor",
                table: "orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Orders refunded before partial refunds existed were refunded in full.
            migrationBuilder.Sql("UPDATE orders SET RefundedMinor = TotalMinor WHERE Status = 'Refunded' AND TotalMinor IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RefundedMinor",
                table: "orders");
        }
    }
}
