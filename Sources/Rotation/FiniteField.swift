/// Arithmetic in the finite field GF(q), q = p^k a prime power.
///
/// Elements are encoded as `0..<q`: the base-p digits of the code are the coefficients of a
/// polynomial over GF(p) modulo a primitive polynomial of degree k. So `0` is zero, `1` is one,
/// and for prime q the code is the residue itself. Multiplication uses log/antilog tables.
struct FiniteField: Sendable {
    let order: Int
    let characteristic: Int
    let degree: Int
    /// `power[i]` = g^i for the primitive element g, i in `0..<(order - 1)`.
    private let power: [Int]
    /// `logarithm[x]` for x != 0.
    private let logarithm: [Int]

    /// The field of the given order, or `nil` if `order` is not a prime power (or is above 2^20).
    init?(order: Int) {
        guard order >= 2, order <= 1 << 20, let (p, k) = Self.primePower(order) else { return nil }
        self.order = order
        characteristic = p
        degree = k
        // Find a primitive polynomial x^k - c(x): represent the field as vectors of k digits,
        // multiply by x via a shift and reduction, and accept a reduction whose x has order q-1.
        func digits(_ v: Int) -> [Int] {
            var v = v
            return (0..<k).map { _ in
                defer { v /= p }
                return v % p
            }
        }
        func code(_ d: [Int]) -> Int { d.reversed().reduce(0) { $0 * p + $1 } }
        var found: [Int]?
        if k == 1 {
            // Primitive root modulo p (GF(2) has only the element 1 = g^0).
            if p == 2 { found = [1] }
            var g = 2
            while found == nil && g < p {
                var x = 1
                var powers = [Int]()
                powers.reserveCapacity(p - 1)
                for _ in 0..<(p - 1) {
                    powers.append(x)
                    x = x * g % p
                }
                if Set(powers).count == p - 1 { found = powers }
                g += 1
            }
        } else {
            // Try tails c (the polynomial is x^k = c_0 + c_1 x + ... + c_{k-1} x^{k-1}).
            for tail in 1..<order where found == nil {
                let c = digits(tail)
                guard c[0] != 0 else { continue }
                var x = Array(repeating: 0, count: k)
                x[0] = 1
                var powers = [Int]()
                powers.reserveCapacity(order - 1)
                var seen = Set<Int>()
                var ok = true
                for _ in 0..<(order - 1) {
                    let value = code(x)
                    if !seen.insert(value).inserted {
                        ok = false
                        break
                    }
                    powers.append(value)
                    // Multiply by x.
                    let top = x[k - 1]
                    for i in stride(from: k - 1, to: 0, by: -1) { x[i] = x[i - 1] }
                    x[0] = 0
                    for i in 0..<k { x[i] = (x[i] + top * c[i]) % p }
                }
                if ok && code(x) == 1 { found = powers }
            }
        }
        guard let powers = found, powers.count == order - 1 else { return nil }
        power = powers
        var log = Array(repeating: 0, count: order)
        for (i, x) in powers.enumerated() { log[x] = i }
        logarithm = log
    }

    /// `(p, k)` with `n == p^k`, or `nil`.
    static func primePower(_ n: Int) -> (Int, Int)? {
        guard n >= 2 else { return nil }
        var p = 2
        while p * p <= n && n % p != 0 { p += 1 }
        if n % p != 0 { p = n }
        var rest = n
        var k = 0
        while rest % p == 0 {
            rest /= p
            k += 1
        }
        return rest == 1 ? (p, k) : nil
    }

    /// The factorisation of `n` into prime powers, e.g. 50 -> [2, 25].
    static func primePowerFactors(_ n: Int) -> [Int] {
        var factors: [Int] = []
        var rest = n
        var p = 2
        while rest > 1 {
            if p * p > rest { p = rest }
            if rest % p == 0 {
                var q = 1
                while rest % p == 0 {
                    rest /= p
                    q *= p
                }
                factors.append(q)
            }
            p += 1
        }
        return factors
    }

    /// The primitive element g (as a code).
    var generator: Int { power.count > 1 ? power[1] : 1 }

    func add(_ a: Int, _ b: Int) -> Int {
        if degree == 1 { return (a + b) % order }
        var result = 0
        var scale = 1
        var x = a
        var y = b
        for _ in 0..<degree {
            result += ((x % characteristic + y % characteristic) % characteristic) * scale
            x /= characteristic
            y /= characteristic
            scale *= characteristic
        }
        return result
    }

    func negate(_ a: Int) -> Int {
        if degree == 1 { return (order - a) % order }
        var result = 0
        var scale = 1
        var x = a
        for _ in 0..<degree {
            result += ((characteristic - x % characteristic) % characteristic) * scale
            x /= characteristic
            scale *= characteristic
        }
        return result
    }

    func subtract(_ a: Int, _ b: Int) -> Int { add(a, negate(b)) }

    func multiply(_ a: Int, _ b: Int) -> Int {
        if a == 0 || b == 0 { return 0 }
        return power[(logarithm[a] + logarithm[b]) % (order - 1)]
    }

    /// g^e for any integer exponent e.
    func exp(_ e: Int) -> Int {
        let m = order - 1
        return power[((e % m) + m) % m]
    }

    /// log_g(a) for a != 0.
    func log(_ a: Int) -> Int { logarithm[a] }

    func inverse(_ a: Int) -> Int { a == 0 ? 0 : power[(order - 1 - logarithm[a]) % (order - 1)] }

    func divide(_ a: Int, _ b: Int) -> Int { multiply(a, inverse(b)) }
}
