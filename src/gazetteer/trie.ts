/**
 * A trie over token keys: a name is found in one left-to-right walk from
 * each token, so matching is linear in the text (times the longest name,
 * a few tokens), whatever the number of names. A Map per node keeps it
 * small and fast without a library; Aho-Corasick's failure links buy
 * nothing when names start only at token boundaries.
 *
 * @example
 *   const t = new NameTrie<string>();
 *   t.insert(['deir', 'zor'], 'place:sy-07');
 *   t.root.next?.get('deir')?.next?.get('zor')?.values // => ['place:sy-07']
 */
export interface TrieNode<V> {
  next?: Map<string, TrieNode<V>>;
  values?: V[];
}

export class NameTrie<V> {
  readonly root: TrieNode<V> = {};
  size = 0;

  insert(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = {}));
      node = child;
    }
    (node.values ??= []).push(value);
    this.size++;
  }

  /** The node reached by a key from `node`, if any. */
  step(node: TrieNode<V>, key: string): TrieNode<V> | undefined {
    return node.next?.get(key);
  }
}
