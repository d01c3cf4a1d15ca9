/** The one Markdown parser the scripts use, configured like the site's MDX pipeline. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parses an MDX file's text into an mdast tree with positions. */
export function parseMdx(source: string): Root {
  return processor.runSync(processor.parse(source)) as Root;
}
