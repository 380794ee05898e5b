import { useEffect, useRef, useState } from 'preact/hooks';
import type { Organizer } from './useOrganizer.ts';

/** 清除数据: removes the codes and roster kept in this browser, after a confirmation. */
export function ClearData({ org }: { org: Organizer }) {
  const { work, clearedMessage } = org;
  const collected = work.codes.length;
  const [confirmClear, setConfirmClear] = useState(false);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmClear) confirmText.current?.focus();
  }, [confirmClear]);
  const clearAll = () => {
    org.clearAll();
    setConfirmClear(false);
    setTimeout(() => clearButton.current?.focus(), 0);
  };
  return (
    <div class="org-clear">
      {confirmClear ? (
        <div class="org-confirm" role="group" aria-labelledby="org-confirm-text">
          <p id="org-confirm-text" ref={confirmText} tabIndex={-1}>
            确定清除本机保存的 {collected} 个凭证码{work.roster ? '和名单' : ''}吗？清除后不能恢复，如有需要请先导出 CSV。
          </p>
          <div class="org-actions">
            <button type="button" class="button button-quiet" onClick={() => setConfirmClear(false)}>
              取消
            </button>
            <button type="button" class="button org-danger" onClick={clearAll}>
              确定清除
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button button-quiet" ref={clearButton} onClick={() => setConfirmClear(true)}>
          清除数据
        </button>
      )}
      <p class="org-message" role="status">
        {clearedMessage}
      </p>
    </div>
  );
}
