namespace LabHost.Network;

/// <summary>The kind of a failure, as Docker's errdefs classify them.</summary>
public enum ErrorKind
{
    InvalidParameter,
    NotFound,
    Conflict,
    Forbidden,
    Unavailable,
    NotImplemented,
    Internal,
}
