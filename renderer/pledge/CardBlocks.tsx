import type { CSSProperties } from 'react';
import type { CardBlock, TableBlock, TextBlock } from '../../shared/pledge/cardDocument';
import { PHOTO_MAX_WIDTH_MM } from '../../shared/pledge/cardPage';

const cell: CSSProperties = { border: '1px solid #000', padding: '2px 4px', textAlign: 'center', fontSize: '9pt' };

const TEXT_LOOK: Record<TextBlock['style'], (depth: number) => CSSProperties> = {
  heading: () => ({ fontWeight: 700, fontSize: '11pt', margin: '8pt 0 3pt', breakAfter: 'avoid' }),
  label: () => ({ fontWeight: 700, margin: '3pt 0 2pt', breakAfter: 'avoid' }),
  // A wrapped line starts again under its words, not under its marker.
  line: (depth) => ({ paddingLeft: `${depth * 1.5 + 1.3}em`, textIndent: '-1.3em' }),
  tags: () => ({ textAlign: 'center', margin: '3pt 0' }),
  caption: () => ({ textAlign: 'center', fontSize: '9pt', marginBottom: '4pt' }),
  asOf: () => ({ textAlign: 'right', fontSize: '8pt', marginTop: '6pt' }),
};

function CardTable({ block }: { block: TableBlock }) {
  const total = block.widths.reduce((s, w) => s + w, 0);
  const head = block.rows.slice(0, block.headerRows);
  const body = block.rows.slice(block.headerRows);
  const row = (r: TableBlock['rows'][number], i: number, inHead: boolean) => (
    <tr key={i}>
      {r.map((c, j) => {
        const Cell = c.head ? 'th' : 'td';
        return (
          <Cell key={j} rowSpan={c.rowSpan} colSpan={c.colSpan} scope={inHead ? 'col' : c.head ? 'row' : undefined} style={{ ...cell, background: c.head ? '#f1f3f5' : undefined }}>
            {c.text}
          </Cell>
        );
      })}
    </tr>
  );
  return (
    <table aria-label={block.name} style={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', margin: '2pt 0 4pt', breakInside: 'avoid' }}>
      <colgroup>
        {block.widths.map((w, i) => (
          <col key={i} style={{ width: `${(100 * w) / total}%` }} />
        ))}
      </colgroup>
      {head.length > 0 && <thead>{head.map((r, i) => row(r, i, true))}</thead>}
      <tbody>{body.map((r, i) => row(r, i, false))}</tbody>
    </table>
  );
}

function Block({ block }: { block: CardBlock }) {
  if (block.kind === 'table') return <CardTable block={block} />;
  if (block.kind === 'photo') {
    return (
      <div style={{ textAlign: 'center', breakAfter: 'avoid' }}>
        <img src={`data:${block.mimeType};base64,${block.contentBase64}`} alt={block.caption} style={{ maxWidth: `${PHOTO_MAX_WIDTH_MM}mm`, maxHeight: '90mm' }} />
      </div>
    );
  }
  return (
    <div data-style={block.style} style={TEXT_LOOK[block.style](block.depth)}>
      {block.text}
    </div>
  );
}

/** `■ 추진실적 (2024.01.01.~2025.06.30.)` names its part `추진실적`. */
const partName = (heading: string) => heading.replace(/^■\s*/, '').replace(/\s*\(.*\)$/, '');

/**
 * The card's blocks (shared/pledge/cardDocument.ts) as HTML: what the print view shows and what the PDF
 * is printed from, the same card the HWPX, DOCX and XLSX carry. Each ■ part is a section named by its
 * heading, so a reader (and a test) finds 추진실적 by name.
 */
export function CardBlocks({ blocks }: { blocks: CardBlock[] }) {
  const parts: { name: string | null; blocks: CardBlock[] }[] = [{ name: null, blocks: [] }];
  for (const b of blocks) {
    if (b.kind === 'text' && b.style === 'heading') parts.push({ name: partName(b.text), blocks: [] });
    parts.at(-1)!.blocks.push(b);
  }
  return (
    <>
      {parts.map((part, i) => {
        const content = part.blocks.map((b, j) => <Block key={j} block={b} />);
        return part.name ? (
          <section key={i} aria-label={part.name}>
            {content}
          </section>
        ) : (
          <div key={i}>{content}</div>
        );
      })}
    </>
  );
}
