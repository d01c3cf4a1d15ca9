/**
 * The `questions:` map of a page's frontmatter as written: each key (a `##` section's anchor) with its line,
 * so the cross-check can say which line names a section the page does not have. Read from the text, like
 * `reviewDue`: the schema itself is Astro's to apply.
 */
export interface QuestionKey {
  anchor: string;
  /** Line in the file, counting the opening `---` as line 1. */
  line: number;
  /** Each question as written (outer quotes taken off), with its line. */
  items: { text: string; line: number }[];
}

/** A list item's text: "- text", '- "text"' or "- 'text'". */
function itemText(line: string): string {
  const text = line.trim().replace(/^-\s*/, '');
  const quoted = /^(["'])(.*)\1$/.exec(text);
  return quoted ? quoted[2]! : text;
}

export function questionKeysOf(source: string): QuestionKey[] {
  const lines = source.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines[0]?.trimEnd() !== '---') return [];
  const keys: QuestionKey[] = [];
  let inside = false;
  let indent = -1;
  for (let i = 1; i < lines.length && lines[i]!.trimEnd() !== '---'; i++) {
    const line = lines[i]!;
    if (/^questions:\s*(#.*)?$/.test(line)) {
      inside = true;
      continue;
    }
    if (!inside || line.trim() === '' || /^\s*#/.test(line)) continue;
    const depth = line.length - line.trimStart().length;
    if (depth === 0) break;
    const key = /^\s*(?:"([^"]+)"|'([^']+)'|([^\s:#][^:#]*?))\s*:(?:\s|$)/.exec(line);
    if (key && !line.trimStart().startsWith('-') && (indent < 0 || depth === indent)) {
      indent = depth;
      keys.push({ anchor: (key[1] ?? key[2] ?? key[3])!.trim(), line: i + 1, items: [] });
    } else if (line.trimStart().startsWith('-') && keys.length) {
      keys[keys.length - 1]!.items.push({ text: itemText(line), line: i + 1 });
    }
  }
  return keys;
}

/**
 * The id of the empty marker that opens a section's block of `count` hidden questions on the built page
 * (src/build/rehype-section-questions.ts); the search page reads the section and the count back from it.
 */
export function questionsId(anchor: string, count: number): string {
  return `q-${anchor}-${count}`;
}

/** The section and the count a marker's id names, or undefined for any other id. */
export function readQuestionsId(id: string): { anchor: string; count: number } | undefined {
  const match = /^q-(.+)-(\d+)$/.exec(id);
  return match ? { anchor: match[1]!, count: Number(match[2]) } : undefined;
}
