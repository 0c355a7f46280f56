import { Alert, Button, Group, Loader } from '@mantine/core';
import { useEffect, type CSSProperties } from 'react';
import { cardDocument } from '../../shared/pledge/cardDocument';
import type { PrintRequest } from '../../shared/pledge/printRoute';
import { PRINT_READY_ATTRIBUTE } from '../../shared/printReady';
import { useChannel } from '../api/useChannel';
import { CardBlocks } from './CardBlocks';

/** The face app/print.css declares for paper. */
const PAPER_FONT = 'Pretendard Paper';

/** Resolves when the face is loaded, or at once where there is no font loading to wait for (jsdom). */
const loadFace = (face: string): Promise<unknown> =>
  typeof document.fonts?.load === 'function' ? document.fonts.load(face).catch(() => undefined) : Promise.resolve();

const page: CSSProperties = { maxWidth: '170mm', margin: '0 auto', color: '#000', background: '#fff', fontSize: '10pt', lineHeight: 1.45, wordBreak: 'keep-all' };

/**
 * The whole card on paper, laid out as the government card from the same blocks as every file: header,
 * 공약사업 개요, 추진실적 with 구민소통실적, 사업 이행효과, 향후계획, 사업비 현황, 참고자료 with photos.
 * 170 mm wide, the A4 page less its 20 mm margins. Tells the PDF printer when ready.
 */
export function PledgePrintView({ request, onClose }: { request: PrintRequest; onClose?: () => void }) {
  const { data, error } = useChannel('pledge.printable', request);

  useEffect(() => {
    if (!data) return;
    let live = true;
    // Photos must be decoded and the paper font's two weights loaded before the page is printed, or the
    // PDF gets empty frames and a fallback font. The faces are asked for by name: layout may not have
    // asked for them yet when this runs.
    const decoded = [...document.images].map((img) => img.decode().catch(() => undefined));
    const fonts = [`10pt '${PAPER_FONT}'`, `700 10pt '${PAPER_FONT}'`].map(loadFace);
    void Promise.all([...decoded, ...fonts]).then(() => live && document.body.setAttribute(PRINT_READY_ATTRIBUTE, '1'));
    return () => {
      live = false;
      document.body.removeAttribute(PRINT_READY_ATTRIBUTE);
    };
  }, [data]);

  if (error) return <Alert color="red">{error.message}</Alert>;
  if (!data) return <Loader aria-label="불러오는 중" />;
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
      {/* In the paper font (app/print.css), so the PDF embeds real fonts within the margins. */}
      <article className="paper-font" style={page} aria-label="공약 카드">
        <CardBlocks blocks={cardDocument(data)} />
      </article>
    </div>
  );
}
