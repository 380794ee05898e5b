import { sitePath } from '../../lib/site/paths.ts';
import type { CitationLink } from '../../lib/statute/links.ts';

interface Props {
  /** Resolved articles (label and URL); a plain string is shown as text when it could not be resolved */
  basis: ReadonlyArray<CitationLink | string>;
  class?: string;
}

/** 依据：《劳动合同法》第四十七条；… — the articles behind an answer or a step, as links. */
export function BasisLinks({ basis, class: className }: Props) {
  return (
    <p class={className}>
      依据：
      {basis.map((b, i) => (
        <>
          {i > 0 && '；'}
          {typeof b === 'string' ? <span>{b}</span> : <a href={sitePath(b.url)}>{b.label}</a>}
        </>
      ))}
    </p>
  );
}
