import ReaderResources

/// The sample articles shipped with Reader.
public enum BundledSamples {
    /// The samples folder, or an error naming the places looked at.
    public static func directory() -> Result<String, ResourceLocator.ResourceMissing> {
        ResourceLocator.folder("Samples")
    }
}
