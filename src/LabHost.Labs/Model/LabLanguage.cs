namespace LabHost.Labs.Model;

/// <summary>The languages a lab is written in; every lab has both.</summary>
public enum LabLanguage
{
    Ko,
    En,
}
