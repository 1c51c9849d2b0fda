/// Union-find over `0..<count`, with path halving and union by size.
///
/// ```swift
/// var sets = DisjointSet(count: 3)
/// sets.union(0, 2)
/// sets.find(2) == sets.find(0)   // true
/// ```
public struct DisjointSet: Sendable {
    private var parent: [Int]
    private var size: [Int]

    public init(count: Int) {
        parent = Array(0..<count)
        size = [Int](repeating: 1, count: count)
    }

    public mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins the sets of `a` and `b`; returns the surviving root and the absorbed one, or nil when
    /// they were already one set.
    @discardableResult
    public mutating func union(_ a: Int, _ b: Int) -> (root: Int, absorbed: Int)? {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return nil }
        if size[ra] < size[rb] || size[ra] == size[rb] && rb < ra { swap(&ra, &rb) }
        parent[rb] = ra
        size[ra] += size[rb]
        return (ra, rb)
    }
}
