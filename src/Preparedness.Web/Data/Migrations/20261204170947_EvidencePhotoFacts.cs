using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Preparedness.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EvidencePhotoFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "captured_at",
                table: "task_evidence",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "latitude",
                table: "task_evidence",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "longitude",
                table: "task_evidence",
                type: "double precision",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "captured_at",
                table: "task_evidence");

            migrationBuilder.DropColumn(
                name: "latitude",
                table: "task_evidence");

            migrationBuilder.DropColumn(
                name: "longitude",
                table: "task_evidence");
        }
    }
}
