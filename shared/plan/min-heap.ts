/** A binary heap of numbers (task indices, ranks), smallest first. */
export class MinHeap {
  private readonly items: number[] = []
  get size(): number {
    return this.items.length
  }
  push(x: number): void {
    const a = this.items
    a.push(x)
    for (let k = a.length - 1; k > 0;) {
      const up = (k - 1) >> 1
      if (a[up] <= a[k]) break
      ;[a[up], a[k]] = [a[k], a[up]]
      k = up
    }
  }
  peek(): number | undefined {
    return this.items[0]
  }
  pop(): number {
    const a = this.items
    const top = a[0]
    const last = a.pop()!
    if (a.length) {
      a[0] = last
      for (let k = 0; ;) {
        const l = 2 * k + 1
        const r = l + 1
        let min = k
        if (l < a.length && a[l] < a[min]) min = l
        if (r < a.length && a[r] < a[min]) min = r
        if (min === k) break
        ;[a[min], a[k]] = [a[k], a[min]]
        k = min
      }
    }
    return top
  }
}
