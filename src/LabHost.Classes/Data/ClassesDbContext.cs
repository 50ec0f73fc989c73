using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LabHost.Classes.Data;

/// <summary>
/// Instructor accounts (Identity's tables), classes, exercises and memberships. It lives in the
/// same database as the web app's progress store but keeps its own migrations and migrations
/// history table, so neither schema has to know the other. One subclass per provider carries that
/// provider's migrations. Not safe for concurrent use: make one per unit of work with <see cref="ClassesDatabase"/>.
/// </summary>
public abstract class ClassesDbContext(DbContextOptions options) : IdentityDbContext<Instructor>(options)
{
    public const string MigrationsHistoryTable = "__classes_migrations";

    public DbSet<Classroom> Classrooms => Set<Classroom>();

    public DbSet<Exercise> Exercises => Set<Exercise>();

    public DbSet<ClassMember> Members => Set<ClassMember>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Instructor>(e => e.Property(i => i.DisplayName).HasMaxLength(100));
        builder.Entity<Classroom>(e =>
        {
            e.ToTable("classrooms");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).HasMaxLength(32);
            e.Property(c => c.Name).HasMaxLength(100);
            e.Property(c => c.JoinCode).HasMaxLength(16);
            e.Property(c => c.OwnerId).HasMaxLength(450);
            e.HasIndex(c => c.JoinCode).IsUnique();
            e.HasOne<Instructor>().WithMany().HasForeignKey(c => c.OwnerId);
        });
        builder.Entity<Exercise>(e =>
        {
            e.ToTable("exercises");
            e.HasKey(x => x.Id);
            e.Property(x => x.ClassroomId).HasMaxLength(32);
            e.Property(x => x.LabId).HasMaxLength(100);
            e.Property(x => x.LateRule).HasConversion<string>().HasMaxLength(16);
            e.Ignore(x => x.Policy);
            e.HasOne<Classroom>().WithMany(c => c.Exercises).HasForeignKey(x => x.ClassroomId);
        });
        builder.Entity<ClassMember>(e =>
        {
            e.ToTable("class_members");
            e.HasKey(m => new { m.ClassroomId, m.LearnerId });
            e.Property(m => m.ClassroomId).HasMaxLength(32);
            e.Property(m => m.LearnerId).HasMaxLength(64);
            e.Property(m => m.Name).HasMaxLength(80);
            e.Property(m => m.StudentNumber).HasMaxLength(40);
            e.HasOne<Classroom>().WithMany(c => c.Members).HasForeignKey(m => m.ClassroomId);
        });
    }
}
