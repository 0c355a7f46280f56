import { Alert, Button, Group, Loader } from '@mantine/core';
import { useEffect, type CSSProperties, type ReactNode } from 'react';
import { fullDate } from '../../shared/korean/reportFormat';
import { cardNumber, cardTags, outlineOfProject } from '../../shared/pledge/cardHeader';
import type { PrintRequest } from '../../shared/pledge/printRoute';
import { outlineText } from '../../shared/pledge/sectionText';
import { PRINT_READY_ATTRIBUTE } from '../../shared/printReady';
import { useChannel } from '../api/useChannel';

const cell: CSSProperties = { border: '1px solid #000', padding: '4px 6px', textAlign: 'center' };
const page: CSSProperties = { maxWidth: 800, margin: '0 auto', color: '#000', background: '#fff', fontSize: 14, lineHeight: 1.6 };

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginTop: 16, breakInside: 'avoid-page' }}>
      <h3 style={{ fontSize: 15, margin: '0 0 6px' }}>■ {title}</h3>
      <div style={{ paddingLeft: 12 }}>{children}</div>
    </section>
  );
}

function GridTable({ label, headers, rows }: { label: string; headers: string[]; rows: string[][] }) {
  return (
    <table aria-label={label} style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} style={{ ...cell, background: '#eee' }}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (
              <td key={j} style={cell}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const FreeText = ({ text }: { text: string }) => <div style={{ whiteSpace: 'pre-wrap' }}>{text.trim() || '-'}</div>;

/**
 * The whole card on paper, laid out as the government card: header, 공약사업 개요, 추진실적,
 * 구민소통실적, 사업 이행효과, 향후계획, 사업비 현황, 참고자료 with photos. Tells the PDF printer when ready.
 */
export function PledgePrintView({ request, onClose }: { request: PrintRequest; onClose?: () => void }) {
  const { data, error } = useChannel('pledge.printable', request);

  useEffect(() => {
    if (!data) return;
    let live = true;
    // Photos must be decoded before the page is printed, or the PDF gets empty frames.
    void Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))).then(() => live && document.body.setAttribute(PRINT_READY_ATTRIBUTE, '1'));
    return () => {
      live = false;
      document.body.removeAttribute(PRINT_READY_ATTRIBUTE);
    };
  }, [data]);

  if (error) return <Alert color="red">{error.message}</Alert>;
  if (!data) return <Loader aria-label="불러오는 중" />;
  const { card, section, references } = data;
  const photos = references.filter((r) => r.photo);

  return (
    <div>
      <Group className="no-print" mb="md">
        <Button onClick={() => window.print()}>인쇄</Button>
        {onClose && (
          <Button variant="default" onClick={onClose}>
            돌아가기
          </Button>
        )}
      </Group>
      <article style={page} aria-label="공약 카드">
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <tbody>
            <tr>
              <td style={{ ...cell, width: '18%', fontWeight: 700 }}>{cardNumber(card)}</td>
              <td style={{ ...cell, fontSize: 17, fontWeight: 700 }}>{card.title}</td>
              <td style={{ ...cell, width: '20%' }}>{card.status}</td>
            </tr>
          </tbody>
        </table>
        <p style={{ textAlign: 'center', margin: '6px 0' }}>{cardTags(card)}</p>
        <Part title="공약사업 개요">
          {outlineOfProject(card).map((l) => (
            <div key={l}>{l}</div>
          ))}
        </Part>
        <Part title={section.heading}>
          <div aria-label="추진실적" style={{ whiteSpace: 'pre-wrap' }}>
            {outlineText(section.lines).join('\n')}
          </div>
        </Part>
        <Part title="구민소통실적">
          <GridTable label="구민소통실적" headers={section.communication.headers} rows={[section.communication.cells]} />
        </Part>
        <Part title="사업 이행효과">
          <FreeText text={card.effects} />
        </Part>
        <Part title="향후계획">
          <FreeText text={card.plans} />
        </Part>
        <Part title="사업비 현황 (단위: 백만원)">
          <GridTable label="사업비 현황" headers={section.budget.headers} rows={section.budget.rows.map((r) => [r.label, ...r.cells])} />
        </Part>
        <Part title="참고자료">
          {references.length === 0 && <div>-</div>}
          {references
            .filter((r) => r.kind === 'press')
            .map((r) => (
              <div key={r.id}>- {r.text}</div>
            ))}
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12, marginTop: 8 }}>
            {photos.map((r) => (
              <figure key={r.id} style={{ margin: 0, textAlign: 'center', breakInside: 'avoid' }}>
                <img src={`data:${r.photo!.mimeType};base64,${r.photo!.contentBase64}`} alt={r.text} style={{ maxWidth: '100%', maxHeight: 220 }} />
                <figcaption>{r.text}</figcaption>
              </figure>
            ))}
          </div>
        </Part>
        <p style={{ textAlign: 'right', fontSize: 12, marginTop: 16 }}>기준일 {fullDate(section.asOf)}</p>
      </article>
    </div>
  );
}
