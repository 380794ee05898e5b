import { useEffect, useRef, useState } from 'preact/hooks';
import { CODE_DOES_NOT_PROVE, CODE_PROVES, qrText, shareMessage, type ShareMessageInfo } from '../../lib/results/message.ts';
import { formatCode } from '../../lib/results/codec.ts';
import { DELIVERY_TEXT } from '../../lib/ui/text.ts';
import { useDelivery } from './useDelivery.ts';

interface Props {
  code: string;
  /** The quiz the code belongs to (the outbox keeps it with the code) */
  quizId: string;
  info: ShareMessageInfo;
  /** Sealed quizzes: the heading says 已提交 and gets the focus */
  primary: boolean;
}

/** Copies text; falls back to selecting it when the clipboard is refused (old WebViews). */
async function copy(text: string, fallback: HTMLTextAreaElement | HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallback instanceof HTMLTextAreaElement) fallback.select();
    else if (fallback) getSelection()?.selectAllChildren(fallback);
    return false;
  }
}

/**
 * 成绩凭证码: the code as text with a copy button, as a QR code, and as a message for WeChat; with a
 * results collector configured, also whether the code has reached the organiser's service.
 */
export function CodeView({ code, quizId, info, primary }: Props) {
  const delivery = useDelivery(code, quizId);
  const [qr, setQr] = useState('');
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const codeBox = useRef<HTMLElement>(null);
  const message = useRef<HTMLTextAreaElement>(null);
  const text = shareMessage(code, info);

  useEffect(() => {
    if (primary) heading.current?.focus();
    // The QR encoder loads only here, after submission.
    import('uqr').then(({ renderSVG }) => setQr(renderSVG(qrText(code), { ecc: 'M', border: 2 }))).catch(() => setQr(''));
  }, [code, primary]);

  const done = (ok: boolean, what: string) =>
    setStatus(ok ? `${what}已复制，可以粘贴到微信发给组织者。` : `无法自动复制，已为您选中${what}，请长按复制。`);

  return (
    <section class="quiz-code" aria-labelledby="quiz-code-title">
      <h2 id="quiz-code-title" ref={heading} tabIndex={-1}>
        {primary ? '已提交' : '成绩凭证码'}
      </h2>
      {primary && <p>成绩由组织者统一评定。请把下面的成绩凭证码发给本单位联络人或组织者。</p>}
      {delivery && (
        <div class={`quiz-delivery is-${delivery.delivery.state}`} role="status" aria-live="polite">
          <p class="quiz-delivery-text">{delivery.text}</p>
          {delivery.delivery.state === 'delivered' && delivery.delivery.receipt.late && <p>{DELIVERY_TEXT.late}</p>}
          {delivery.delivery.state === 'pending' && <p class="muted">{DELIVERY_TEXT.pendingNote}</p>}
        </div>
      )}
      <p class="quiz-code-label">成绩凭证码</p>
      <code class="quiz-code-text" ref={codeBox}>
        {formatCode(code)}
      </code>
      <div class="quiz-actions">
        <button type="button" class="button" onClick={async () => done(await copy(formatCode(code), codeBox.current), '凭证码')}>
          复制凭证码
        </button>
        <button type="button" class="button button-quiet" onClick={async () => done(await copy(text, message.current), '微信消息')}>
          复制微信消息
        </button>
      </div>
      <p class="quiz-code-status" role="status">
        {status}
      </p>
      <div class="quiz-code-qr">
        {qr ? <div role="img" aria-label="成绩凭证码二维码" dangerouslySetInnerHTML={{ __html: qr }} /> : <p class="muted">正在生成二维码…</p>}
        <p class="muted">组织者可以用手机扫描这个二维码收取凭证码。</p>
      </div>
      <label class="quiz-code-message">
        发给组织者的微信消息
        <textarea ref={message} readOnly rows={6} value={text} />
      </label>
      <details class="quiz-code-about">
        <summary>凭证码能证明什么</summary>
        <p>{CODE_PROVES}</p>
        <p>{CODE_DOES_NOT_PROVE}</p>
      </details>
      <p class="muted">凭证码已保存在本机的“我的记录”中，可以随时再次查看。</p>
    </section>
  );
}
