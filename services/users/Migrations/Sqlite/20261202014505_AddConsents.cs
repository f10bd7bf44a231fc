using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace K8sShop.Users.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddConsents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConsentId",
                table: "issued_grants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Remembered = table.Column<bool>(type: "INTEGER", nullable: false),
                    GrantedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_issued_grants_ConsentId",
                table: "issued_grants",
                column: "ConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_consents_UserId_ClientId",
                table: "consents",
                columns: new[] { "UserId", "ClientId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropIndex(
                name: "IX_issued_grants_ConsentId",
                table: "issued_grants");

            migrationBuilder.DropColumn(
                name: "ConsentId",
                table: "issued_grants");
        }
    }
}
