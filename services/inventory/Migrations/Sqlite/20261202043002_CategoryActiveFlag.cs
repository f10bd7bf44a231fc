using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace K8sShop.Inventory.Migrations.Sqlite
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
                type: "INTEGER",
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
