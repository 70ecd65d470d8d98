import Dataset

/// The last change the shell made to the dataset (a save, a replacement, a deletion), kept so
/// /undo can put the file back exactly and the draft as it was before.
struct FileChange {
    let edit: FileEdit
    /// "the save of example 15", for "undid …".
    let what: String
    /// What the file and draft are after the undo, for the same sentence.
    let afterUndo: String
    let draftBefore: Draft
    /// The change is the last thing done while the draft is still this.
    let draftAfter: Draft
}
