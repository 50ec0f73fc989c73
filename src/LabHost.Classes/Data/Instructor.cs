using Microsoft.AspNetCore.Identity;

namespace LabHost.Classes.Data;

/// <summary>An instructor account (ASP.NET Core Identity user); created by `labhost instructor add`.</summary>
public sealed class Instructor : IdentityUser
{
    public string? DisplayName { get; set; }
}
