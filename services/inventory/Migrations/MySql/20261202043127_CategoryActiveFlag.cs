using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace K8sShop.Inventory.Migrations.MySql
{
    /// <inheritdoc />
    public partial class CategoryActiveFlag : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every category that exists stays active: the model has no default (EF would then never
            // write false), so only this column's default, for the rows already there, is true.
            migrationBuilder.AddColumn<bool>(
                name: "IsActive",
                table: "categories",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsActive",
                table: "categories");
        }
    }
}
