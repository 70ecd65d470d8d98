/// A double's shortest round-trip digits written as Python's `repr` writes them (Jinja's printing,
/// and `json.dumps` in `tojson` and mistral-common) and as Rust's `ryu` does (serde_json, inside
/// openai-harmony): the one float writer for every chat format.
enum FloatText {
    /// Python's `repr(float)`, as `str()` and Jinja print it: `nan`, `inf`, `1e-05`, `100.0`.
    static func pythonRepr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return pythonFinite(value)
    }

    /// Python's `json.dumps` of a float: `repr`, except `NaN` and `Infinity` for the non-finite.
    static func pythonJSON(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return pythonFinite(value)
    }

    /// Positional for decimal exponents from -4 to 15, scientific (`1e+16`, `1e-05`) outside.
    private static func pythonFinite(_ value: Double) -> String {
        let (negative, digits, exponent) = decompose(value)
        let sign = negative ? "-" : ""
        if exponent >= -4 && exponent < 16 { return sign + positional(digits, exponent) }
        let mantissa = digits.count == 1 ? digits : digits.prefix(1) + "." + digits.dropFirst()
        let power = String(abs(exponent))
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (power.count < 2 ? "0" + power : power)
    }

    static func ryu(_ value: Double) -> String {
        if !value.isFinite { return "null" }
        let (negative, digits, exponent) = decompose(value)
        let sign = negative ? "-" : ""
        if exponent > -6 && exponent < 16 { return sign + positional(digits, exponent) }
        let mantissa = digits.count == 1 ? digits : digits.prefix(1) + "." + digits.dropFirst()
        return sign + mantissa + "e" + String(exponent)
    }

    /// `digits` with the decimal point after the digit of weight 10^`exponent`, and at least one
    /// digit after the point ("100.0", "0.001").
    private static func positional(_ digits: String, _ exponent: Int) -> String {
        if exponent < 0 { return "0." + String(repeating: "0", count: -exponent - 1) + digits }
        if digits.count <= exponent + 1 { return digits + String(repeating: "0", count: exponent + 1 - digits.count) + ".0" }
        return digits.prefix(exponent + 1) + "." + digits.dropFirst(exponent + 1)
    }

    /// The sign, the shortest digits (no leading or trailing zeros; "0" for zero) and the power of
    /// ten of the first digit, read from Swift's own shortest round-trip text.
    private static func decompose(_ value: Double) -> (Bool, String, Int) {
        let text = value.magnitude.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let power = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let point = mantissa.firstIndex(of: ".")
        let whole = point.map { mantissa[..<$0] } ?? mantissa
        let fraction = point.map { mantissa[mantissa.index(after: $0)...] } ?? ""
        var digits = Substring(whole + fraction)
        var exponent = whole.count - 1 + power
        while digits.count > 1, digits.first == "0" {
            digits = digits.dropFirst()
            exponent -= 1
        }
        while digits.count > 1, digits.last == "0" { digits = digits.dropLast() }
        if digits == "0" { exponent = 0 }
        return (value.sign == .minus, String(digits), exponent)
    }
}
