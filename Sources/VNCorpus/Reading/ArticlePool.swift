import Foundation

/// Worker threads that make articles (normalise, find debris, detect the language, then the
/// reader's `prepare` step, such as feature extraction) while the reading thread goes on reading.
///
/// The queue is bounded, so reading waits when the workers fall behind and memory holds only a
/// few hundred articles in flight. Results are gathered unordered: `CorpusReader.read` sorts
/// articles by id and problems by place, so the order of completion does not show.
final class ArticlePool: @unchecked Sendable {
    typealias Work = @Sendable () -> (articles: [Article], problems: [CorpusProblem])

    private let condition = NSCondition()
    private var queue: [Work] = []
    private var head = 0
    private var closed = false
    private var running = 0
    private var articles: [Article] = []
    private var problems: [CorpusProblem] = []
    private let capacity: Int

    init(workers: Int, capacity: Int = 256) {
        self.capacity = max(capacity, workers)
        running = workers
        for _ in 0..<workers {
            let thread = Thread { [self] in self.work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Queues one article's work; waits while the queue is full.
    func submit(_ work: @escaping Work) {
        condition.lock()
        while queue.count - head >= capacity { condition.wait() }
        queue.append(work)
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for every queued work, stops the workers and returns what they made.
    func finish() -> (articles: [Article], problems: [CorpusProblem]) {
        condition.lock()
        closed = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        let result = (articles, problems)
        articles = []
        problems = []
        condition.unlock()
        return result
    }

    private func work() {
        condition.lock()
        while true {
            if head < queue.count {
                let job = queue[head]
                head += 1
                if head > 1024 && head * 2 > queue.count {
                    queue.removeFirst(head)
                    head = 0
                }
                condition.broadcast()
                condition.unlock()
                let made = job()
                condition.lock()
                articles.append(contentsOf: made.articles)
                problems.append(contentsOf: made.problems)
            } else if closed {
                running -= 1
                condition.broadcast()
                condition.unlock()
                return
            } else {
                condition.wait()
            }
        }
    }
}
