/** A YAML file kept with its source positions, so a problem at a field's path can name its line and column. */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

export interface YamlSource {
  file: string;
  doc: Document;
  lines: LineCounter;
}

export interface Position {
  line: number;
  column: number;
}

export function parseYaml(text: string, file: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  return { file, doc, lines };
}

/** Where the value at `path` starts; for a missing field, where its nearest parent starts. */
export function positionOf(source: YamlSource, path: readonly (string | number)[]): Position {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? source.doc.contents : source.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      const { line, col } = source.lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}
