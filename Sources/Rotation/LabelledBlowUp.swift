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
    /// of label differences already used (a bit mask). Gives up after `nodeLimit` nodes.
    static func searchLabels(blocks: [[Int]], basePoints v: Int, copies m: Int, nodeLimit: Int) -> [[Int]]? {
        guard m <= 63, let k = blocks.first?.count, k >= 2, blocks.allSatisfy({ $0.count == k }) else { return nil }
        let pairCount = k * (k - 1) / 2
        var total = 1
        for _ in 1..<k { total *= m }
        // bitTable[code * pairCount + pair]: the difference bit of `pair` under label `code`,
        // before orientation; keyTable[block * pairCount + pair]: base pair key, reversed flag.
        var labelTable = [Int](repeating: 0, count: total * k)
        for code in 0..<total {
            var rest = code
            for i in 1..<k {
                labelTable[code * k + i] = rest % m
                rest /= m
            }
        }
        var pairI = [Int]()
        var pairJ = [Int]()
        for i in 0..<k {
            for j in (i + 1)..<k {
                pairI.append(i)
                pairJ.append(j)
            }
        }
        var keyTable = [Int](repeating: 0, count: blocks.count * pairCount)
        var reversed = [Bool](repeating: false, count: blocks.count * pairCount)
        for (b, block) in blocks.enumerated() {
            for pair in 0..<pairCount {
                let x = block[pairI[pair]]
                let y = block[pairJ[pair]]
                keyTable[b * pairCount + pair] = min(x, y) * v + max(x, y)
                reversed[b * pairCount + pair] = x > y
            }
        }
        func bit(_ block: Int, _ code: Int, _ pair: Int) -> UInt64 {
            var difference = (labelTable[code * k + pairJ[pair]] - labelTable[code * k + pairI[pair]] + m) % m
            if reversed[block * pairCount + pair] { difference = (m - difference) % m }
            return 1 << UInt64(difference)
        }
        var used = [UInt64](repeating: 0, count: v * v)
        var choice = [Int](repeating: -1, count: blocks.count)
        var nodes = 0
        var index = 0
        // Iterative depth-first search: choice[index] is the label code chosen at depth index.
        while index >= 0 && index < blocks.count {
            let base = index * pairCount
            if choice[index] >= 0 {
                for pair in 0..<pairCount { used[keyTable[base + pair]] &= ~bit(index, choice[index], pair) }
            }
            var code = choice[index] + 1
            var found = false
            while code < total {
                var fits = true
                for pair in 0..<pairCount where used[keyTable[base + pair]] & bit(index, code, pair) != 0 {
                    fits = false
                    break
                }
                if fits {
                    found = true
                    break
                }
                code += 1
            }
            nodes += 1
            if nodes > nodeLimit { return nil }
            if found {
                for pair in 0..<pairCount { used[keyTable[base + pair]] |= bit(index, code, pair) }
                choice[index] = code
                index += 1
            } else {
                choice[index] = -1
                index -= 1
            }
        }
        guard index == blocks.count else { return nil }
        return choice.map { code in (0..<k).map { labelTable[code * k + $0] } }
    }
}
