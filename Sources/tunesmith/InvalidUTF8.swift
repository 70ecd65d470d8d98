/// Where bytes stop being UTF-8, for messages that point at the place.
enum InvalidUTF8 {
    /// The line and column (1-based, counted in characters) of the first byte that is not part of
    /// valid UTF-8; nil when every byte is.
    static func position(in bytes: [UInt8]) -> (line: Int, column: Int)? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput: return nil
            case .error: return (line, column)
            }
        }
    }
}
