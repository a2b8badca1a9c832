/// Blow-up of a resolvable base design with labels (a labelled resolvable design, after Shen 1992).
///
/// Every base point `p` becomes `m` people `(p, 0..<m)` (person `p * m + j`). A base block
/// `p_0, ..., p_{k-1}` with labels `l_0 = 0, l_1, ..., l_{k-1}` in Z_m becomes the `m` groups
/// `{(p_i, j + l_i)}`, j in Z_m, so one base round becomes one round of `m` times as many groups.
/// People `(a, u)` and `(b, w)` meet in the blown-up block iff `w - u = l_b - l_a`. So if every
/// base pair lies in at most `m` blocks whose label differences are pairwise distinct, no pair of
/// people meets twice; the `m` copies of a base point never meet (they form the "groups" of a
/// resolvable group divisible design).
enum LabelledBlowUp {
    /// The blown-up rounds, or `nil` when no suitable labelling was found.
    static func blowUp(baseRounds: [[[Int]]], basePoints: Int, copies m: Int, nodeLimit: Int = 200_000) -> [[[Int]]]? {
        guard m >= 2 else { return baseRounds }
        let blocks = baseRounds.flatMap { $0 }
        let labels: [[Int]]?
        if m == 2 {
            labels = binaryLabels(blocks: blocks, basePoints: basePoints)
        } else {
            labels = searchLabels(blocks: blocks, basePoints: basePoints, copies: m, nodeLimit: nodeLimit)
        }
        guard let labels else { return nil }
        var index = 0
        return baseRounds.map { round in
            round.flatMap { block -> [[Int]] in
                let label = labels[index]
                index += 1
                return (0..<m).map { j in block.indices.map { block[$0] * m + (j + label[$0]) % m } }
            }
        }
    }

    /// Labels in Z_2 by Gauss-Jordan elimination over GF(2): for a base pair `{a, b}` in blocks
    /// `B1` and `B2`, `l_B1(a) + l_B1(b) + l_B2(a) + l_B2(b) = 1`. Pairs in one block only are free.
    static func binaryLabels(blocks: [[Int]], basePoints v: Int) -> [[Int]]? {
        var offset = [Int]()
        var variables = 0
        for block in blocks {
            offset.append(variables)
            variables += block.count
        }
        var firstBlock = [Int](repeating: -1, count: v * v)
        var firstIndex = [(Int, Int)](repeating: (0, 0), count: v * v)
        let words = (variables + 1 + 63) / 64
        var rows: [[UInt64]] = []
        func flip(_ row: inout [UInt64], _ bit: Int) { row[bit / 64] ^= 1 << UInt64(bit % 64) }
        for (b, block) in blocks.enumerated() {
            for i in block.indices {
                for j in block.indices where j > i {
                    let key = min(block[i], block[j]) * v + max(block[i], block[j])
                    if firstBlock[key] == -1 {
                        firstBlock[key] = b
                        firstIndex[key] = (i, j)
                    } else if firstBlock[key] == -2 {
                        return nil  // a pair in three blocks cannot get distinct differences in Z_2
                    } else {
                        let other = firstBlock[key]
                        var row = [UInt64](repeating: 0, count: words)
                        let (oi, oj) = firstIndex[key]
                        flip(&row, offset[other] + oi)
                        flip(&row, offset[other] + oj)
                        flip(&row, offset[b] + i)
                        flip(&row, offset[b] + j)
                        flip(&row, variables)
                        rows.append(row)
                        firstBlock[key] = -2
                    }
                }
            }
        }
        // Gauss-Jordan.
        var pivotRow = 0
        var pivotOfColumn = [Int](repeating: -1, count: variables)
        for column in 0..<variables where pivotRow < rows.count {
            let word = column / 64
            let bit: UInt64 = 1 << UInt64(column % 64)
            guard let found = (pivotRow..<rows.count).first(where: { rows[$0][word] & bit != 0 }) else { continue }
            rows.swapAt(pivotRow, found)
            for r in 0..<rows.count where r != pivotRow && rows[r][word] & bit != 0 {
                for w in 0..<words { rows[r][w] ^= rows[pivotRow][w] }
            }
            pivotOfColumn[column] = pivotRow
            pivotRow += 1
        }
        let rhsWord = variables / 64
        let rhsBit: UInt64 = 1 << UInt64(variables % 64)
        for r in pivotRow..<rows.count where rows[r][rhsWord] & rhsBit != 0 { return nil }
        var value = [Int](repeating: 0, count: variables)
        for column in 0..<variables where pivotOfColumn[column] >= 0 {
            value[column] = rows[pivotOfColumn[column]][rhsWord] & rhsBit != 0 ? 1 : 0
        }
        return blocks.indices.map { b in blocks[b].indices.map { value[offset[b] + $0] } }
    }

    /// Labels in Z_m by depth-first search, block by block, keeping for every base pair the set
    /// of label differences already used. Gives up after `nodeLimit` nodes.
    static func searchLabels(blocks: [[Int]], basePoints v: Int, copies m: Int, nodeLimit: Int) -> [[Int]]? {
        guard m <= 63 else { return nil }
        var used = [UInt64](repeating: 0, count: v * v)
        var labels = blocks.map { Array(repeating: 0, count: $0.count) }
        var nodes = 0
        func pairKey(_ a: Int, _ b: Int) -> (Int, Bool) { a < b ? (a * v + b, false) : (b * v + a, true) }
        func search(_ index: Int) -> Bool {
            if index == blocks.count { return true }
            nodes += 1
            if nodes > nodeLimit { return false }
            let block = blocks[index]
            let k = block.count
            var combination = Array(repeating: 0, count: k)
            var total = 1
            for _ in 1..<max(1, k) { total *= m }
            for code in 0..<total {
                var rest = code
                for i in 1..<max(1, k) {
                    combination[i] = rest % m
                    rest /= m
                }
                var added: [(Int, UInt64)] = []
                var ok = true
                check: for i in 0..<k {
                    for j in (i + 1)..<max(i + 1, k) {
                        let (key, flipped) = pairKey(block[i], block[j])
                        var difference = (combination[j] - combination[i] + m) % m
                        if flipped { difference = (m - difference) % m }
                        let bit: UInt64 = 1 << UInt64(difference)
                        if used[key] & bit != 0 {
                            ok = false
                            break check
                        }
                        used[key] |= bit
                        added.append((key, bit))
                    }
                }
                if ok {
                    labels[index] = combination
                    if search(index + 1) { return true }
                }
                for (key, bit) in added { used[key] &= ~bit }
                if nodes > nodeLimit { return false }
            }
            return false
        }
        return search(0) ? labels : nil
    }
}
