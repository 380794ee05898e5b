import { useRef, useState } from 'preact/hooks';
import { CollectorLoad } from './CollectorLoad.tsx';
import { QrScanner } from './QrScanner.tsx';
import type { Organizer } from './useOrganizer.ts';

/**
 * Step 3: result codes loaded from the results collector (when the site has one), pasted (a whole
 * chat is fine), uploaded as files, or scanned from QR codes.
 */
export function CodesStep({ org }: { org: Organizer }) {
  const { importMessage, importFiles, onScanText } = org;
  const collected = org.work.codes.length;
  const [pasted, setPasted] = useState('');
  const [scanning, setScanning] = useState(false);
  const scanButton = useRef<HTMLButtonElement>(null);
  const importPasted = async (e: Event) => {
    e.preventDefault();
    if (await org.importPasted(pasted)) setPasted('');
  };
  const closeScanner = () => {
    setScanning(false);
    setTimeout(() => scanButton.current?.focus(), 0);
  };
  return (
    <section class="org-step org-step-wide" aria-labelledby="org-step-codes">
      <h2 id="org-step-codes">
        <span class="org-step-no">3</span>导入成绩凭证码
      </h2>
      <p class="org-count" aria-live="polite">
        已收集 <strong data-count>{collected}</strong> 个凭证码
      </p>
      {org.collectorUrl && <CollectorLoad org={org} />}
      <form class="org-paste" onSubmit={(e) => void importPasted(e)}>
        <label class="org-label" for="org-paste">
          粘贴文字
        </label>
        <p class="org-hint" id="org-paste-hint">
          可以把微信群或聊天记录整段复制过来，凭证码夹在其他文字中也能找出；同一凭证码只收一次。
        </p>
        <textarea
          id="org-paste"
          class="org-input"
          rows={5}
          aria-describedby="org-paste-hint"
          value={pasted}
          onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <button type="submit" class="button" disabled={pasted.trim() === ''}>
          导入粘贴的文字
        </button>
      </form>
      <div class="org-import-row">
        <div>
          <label class="org-label" for="org-files">
            上传文件（.txt 或 .csv，可多选）
          </label>
          <input
            id="org-files"
            class="org-file"
            type="file"
            multiple
            accept=".txt,.csv,text/plain,text/csv"
            onChange={(e) => void importFiles(e.currentTarget as HTMLInputElement)}
          />
        </div>
        <div>
          <p class="org-label" id="org-scan-label">
            扫描二维码
          </p>
          {!scanning && (
            <button type="button" class="button button-quiet" ref={scanButton} aria-describedby="org-scan-note" onClick={() => setScanning(true)}>
              扫码
            </button>
          )}
          <p class="org-hint" id="org-scan-note">
            扫码需要摄像头，并要在浏览器提示时允许使用。没有摄像头或不允许也没关系，粘贴文字和上传文件同样能导入全部凭证码。
          </p>
        </div>
      </div>
      {scanning && <QrScanner onText={onScanText} onClose={closeScanner} />}
      <p class={`org-message${importMessage?.warn ? ' is-warn' : ''}`} role="status" aria-live="polite">
        {importMessage?.text ?? ''}
      </p>
    </section>
  );
}
