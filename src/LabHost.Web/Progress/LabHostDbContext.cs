using Microsoft.EntityFrameworkCore;

namespace LabHost.Web.Progress;

/// <summary>
/// Learners and their progress. One subclass per database provider carries that provider's
/// migrations (<see cref="SqliteLabHostDbContext"/>, <see cref="PostgreSqlLabHostDbContext"/>):
/// column types differ, so one migration set cannot serve both. Not safe for concurrent use: make
/// one per unit of work with <see cref="ProgressDatabase"/>.
/// </summary>
public abstract class LabHostDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Learner> Learners => Set<Learner>();

    public DbSet<LabProgress> Labs => Set<LabProgress>();

    public DbSet<StepProgress> Steps => Set<StepProgress>();

    public DbSet<QuizAnswer> QuizAnswers => Set<QuizAnswer>();

    public DbSet<LearnerEvent> Events => Set<LearnerEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Learner>(e =>
        {
            e.ToTable("learners");
            e.HasKey(l => l.Id);
            e.Property(l => l.Id).HasMaxLength(64);
            e.Property(l => l.DisplayName).HasMaxLength(80);
        });
        modelBuilder.Entity<LabProgress>(e =>
        {
            e.ToTable("lab_progress");
            e.HasKey(p => new { p.LearnerId, p.LabId });
            e.Property(p => p.LearnerId).HasMaxLength(64);
            e.Property(p => p.LabId).HasMaxLength(100);
            e.HasOne<Learner>().WithMany().HasForeignKey(p => p.LearnerId);
        });
        modelBuilder.Entity<StepProgress>(e =>
        {
            e.ToTable("step_progress");
            e.HasKey(p => new { p.LearnerId, p.LabId, p.StepId });
            e.Property(p => p.LearnerId).HasMaxLength(64);
            e.Property(p => p.LabId).HasMaxLength(100);
            e.Property(p => p.StepId).HasMaxLength(100);
            e.HasOne<Learner>().WithMany().HasForeignKey(p => p.LearnerId);
        });
        modelBuilder.Entity<QuizAnswer>(e =>
        {
            e.ToTable("quiz_answers");
            e.HasKey(a => new { a.LearnerId, a.LabId, a.QuizId });
            e.Property(a => a.LearnerId).HasMaxLength(64);
            e.Property(a => a.LabId).HasMaxLength(100);
            e.Property(a => a.QuizId).HasMaxLength(100);
            e.Property(a => a.Answer).HasMaxLength(20);
            e.HasOne<Learner>().WithMany().HasForeignKey(a => a.LearnerId);
        });
        modelBuilder.Entity<LearnerEvent>(e =>
        {
            e.ToTable("learner_events");
            e.HasKey(v => v.Id);
            e.Property(v => v.LearnerId).HasMaxLength(64);
            e.Property(v => v.LabId).HasMaxLength(100);
            e.Property(v => v.StepId).HasMaxLength(100);
            e.Property(v => v.Kind).HasMaxLength(32);
            e.Property(v => v.Detail).HasMaxLength(2000);
            e.HasIndex(v => new { v.LearnerId, v.LabId, v.At });
            e.HasOne<Learner>().WithMany().HasForeignKey(v => v.LearnerId);
        });
    }
}
