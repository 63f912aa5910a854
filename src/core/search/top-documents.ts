/** The best documents of a search, kept as they are scored, without sorting every match. */
import type { RankedDocument } from './engine';

/** Keeps the best `limit` documents seen, in a min-heap: the worst kept is at the root. */
export class TopDocuments {
  private readonly heap: RankedDocument[] = [];

  constructor(private readonly limit: number) {}

  offer(document: number, score: number): void {
    const { heap } = this;
    if (heap.length < this.limit) {
      heap.push({ document, score });
      this.up(heap.length - 1);
    } else if (this.limit > 0 && better({ document, score }, heap[0]!)) {
      heap[0] = { document, score };
      this.down(0);
    }
  }

  sorted(): RankedDocument[] {
    return [...this.heap].sort((a, b) => (better(a, b) ? -1 : 1));
  }

  private up(index: number): void {
    const { heap } = this;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!better(heap[parent]!, heap[index]!)) break;
      [heap[parent], heap[index]] = [heap[index]!, heap[parent]!];
      index = parent;
    }
  }

  private down(index: number): void {
    const { heap } = this;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let worst = index;
      if (left < heap.length && better(heap[worst]!, heap[left]!)) worst = left;
      if (right < heap.length && better(heap[worst]!, heap[right]!)) worst = right;
      if (worst === index) return;
      [heap[worst], heap[index]] = [heap[index]!, heap[worst]!];
      index = worst;
    }
  }
}

/** True when `a` ranks before `b`: a higher score, or the same score and an earlier document. */
function better(a: RankedDocument, b: RankedDocument): boolean {
  return a.score > b.score || (a.score === b.score && a.document < b.document);
}
