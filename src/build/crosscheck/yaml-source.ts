/**
 * A YAML file for the cross-check. Its data is read with js-yaml, as Astro's content loader reads it, so
 * the check validates exactly what the site will build from. Source positions (the `yaml` package's
 * document) are parsed only when a problem must name a line: on a large framework they cost several
 * times the data.
 */
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';

export interface YamlSource {
  file: string;
  text: string;
  /** The document with positions, parsed on first use. */
  readonly doc: Document;
  readonly lines: LineCounter;
}

export interface Position {
  line: number;
  column: number;
}

export function parseYaml(text: string, file: string): YamlSource {
  let positioned: { doc: Document; lines: LineCounter } | undefined;
  const parse = () => {
    if (!positioned) {
      const lines = new LineCounter();
      positioned = { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false }), lines };
    }
    return positioned;
  };
  return {
    file,
    text,
    get doc() {
      return parse().doc;
    },
    get lines() {
      return parse().lines;
    },
  };
}

/** The file's data as the site sees it, or the syntax error js-yaml stopped at. */
export function readData(source: YamlSource): { data: unknown } | { error: { message: string; line: number; column: number } } {
  try {
    return { data: jsYaml.load(source.text, { filename: source.file }) };
  } catch (e) {
    const mark = e instanceof jsYaml.YAMLException ? e.mark : undefined;
    const message = e instanceof jsYaml.YAMLException ? e.reason : String(e);
    return { error: { message, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 } };
  }
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

/**
 * Where the key `key` of the mapping at `path` is written: for a message about a field's name, not its value.
 * With `renameTo`, the key is renamed in the positioned document too, so later messages about the field
 * (read under its new name) still find where it is written.
 */
export function keyPositionOf(source: YamlSource, path: readonly (string | number)[], key: string, renameTo?: string): Position {
  const map = path.length ? source.doc.getIn(path, true) : source.doc.contents;
  if (isMap(map)) {
    for (const pair of map.items) {
      if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
        const { line, col } = source.lines.linePos(pair.key.range[0]);
        if (renameTo !== undefined && !map.has(renameTo)) pair.key.value = renameTo;
        return { line, column: col };
      }
    }
  }
  return positionOf(source, [...path, key]);
}
