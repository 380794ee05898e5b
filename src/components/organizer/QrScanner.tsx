import { useEffect, useRef, useState } from 'preact/hooks';

/** What the page did with a scanned text, for the confirmation. */
export interface ScanFeedback {
  /** New codes added */
  added: number;
  /** Codes already collected */
  repeated: number;
  /** 姓名（单位） of the first code, when it can be read */
  who: string;
  /** Codes collected in all after this scan */
  total: number;
}

interface Props {
  /** Adds the codes found in a scanned text */
  onText: (text: string) => Promise<ScanFeedback>;
  onClose: () => void;
}

/** Finds QR codes in the current video frame: texts of the codes found. */
type Detect = (video: HTMLVideoElement) => Promise<string[]>;

/** The Shape Detection API, where the browser has it (Chrome on Android, macOS, ChromeOS; Safari 17+). */
interface NativeBarcodeDetector {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
interface NativeBarcodeDetectorClass {
  new (options: { formats: string[] }): NativeBarcodeDetector;
  getSupportedFormats(): Promise<string[]>;
}

/** The browser's own QR reader, or null when it has none. */
async function nativeDetector(): Promise<Detect | null> {
  const Detector = (globalThis as { BarcodeDetector?: NativeBarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    const formats = await Detector.getSupportedFormats();
    if (!formats.includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video)).map((b) => b.rawValue);
  } catch {
    return null;
  }
}

/** Longest side of the frame handed to jsQR: enough for a phone screen held near the camera, and fast. */
const FRAME_SIDE = 800;

/** jsQR on a canvas copy of the frame (loaded only when the browser has no reader of its own). */
async function jsqrDetector(): Promise<Detect> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d canvas');
  return async (video) => {
    const { videoWidth: w, videoHeight: h } = video;
    if (!w || !h) return [];
    const scale = Math.min(1, FRAME_SIDE / Math.max(w, h));
    const width = Math.round(w * scale);
    const height = Math.round(h * scale);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.drawImage(video, 0, 0, width, height);
    const found = jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'attemptBoth' });
    return found && found.data ? [found.data] : [];
  };
}

/** Why the camera could not be opened, in plain words, with what to do instead. */
function cameraError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const instead = '可以改用上面的“粘贴文字”或“上传文件”导入，效果相同。';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') {
    return `没有获得使用摄像头的许可。如需扫码，请在浏览器的网站设置中允许本网站使用摄像头，再点“扫码”；${instead}`;
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') {
    return `没有找到可用的摄像头。${instead}`;
  }
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') {
    return `摄像头正被其他程序占用或无法启动。关闭其他使用摄像头的程序后重试；${instead}`;
  }
  return `摄像头无法打开。${instead}`;
}

/** A short tone: high for a new code, low for one already collected. Silently nothing without audio. */
function beep(audio: AudioContext | null, fresh: boolean) {
  if (!audio) return;
  try {
    if (audio.state === 'suspended') void audio.resume();
    const t = audio.currentTime;
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = fresh ? 1175 : 330;
    gain.gain.setValueAtTime(0.2, t);
    gain.gain.exponentialRampToValueAtTime(0.001, t + (fresh ? 0.15 : 0.25));
    osc.connect(gain).connect(audio.destination);
    osc.start(t);
    osc.stop(t + 0.3);
  } catch {
    // No sound: the visual confirmation remains.
  }
}

/** How long the same QR code in front of the camera is taken as one scan. */
const SAME_CODE_MS = 3000;
/** Pause between two looks at the video. */
const INTERVAL_MS = 150;

/**
 * Scanning result-code QR codes with the camera: a video preview, each code added once with a
 * tone and a coloured flash, and a 停止 button. Uses the browser's BarcodeDetector when it reads
 * QR codes, else jsQR on canvas frames. Without a camera, camera access or getUserMedia (plain
 * http) it says so and nothing else changes: pasting and uploading work as before.
 */
export function QrScanner({ onText, onClose }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const onTextRef = useRef(onText);
  onTextRef.current = onText;
  const [state, setState] = useState<'starting' | 'scanning' | 'failed'>('starting');
  const [message, setMessage] = useState('正在打开摄像头……');
  const [flash, setFlash] = useState<'' | 'is-new' | 'is-repeat' | 'is-other'>('');
  const [engine, setEngine] = useState('');

  useEffect(() => {
    stopButton.current?.focus();
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let flashTimer: ReturnType<typeof setTimeout> | undefined;
    let audio: AudioContext | null = null;
    try {
      audio = typeof AudioContext === 'function' ? new AudioContext() : null;
    } catch {
      audio = null;
    }
    let last = { text: '', at: -Infinity };

    const show = (kind: 'is-new' | 'is-repeat' | 'is-other', text: string) => {
      setFlash(kind);
      setMessage(text);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => setFlash(''), 900);
    };

    const handle = (text: string) => {
      const now = performance.now();
      if (text === last.text && now - last.at < SAME_CODE_MS) {
        last.at = now;
        return;
      }
      last = { text, at: now };
      void onTextRef.current(text).then((result) => {
        if (stopped) return;
        const who = result.who ? `（${result.who}）` : '';
        if (result.added > 0) {
          beep(audio, true);
          navigator.vibrate?.(80);
          show('is-new', `已添加 ${result.added} 个凭证码${who}，共 ${result.total} 个。可以扫下一个。`);
        } else if (result.repeated > 0) {
          beep(audio, false);
          show('is-repeat', `这个凭证码已经导入过${who}，没有重复添加。`);
        } else {
          show('is-other', '这个二维码不是成绩凭证码。');
        }
      });
    };

    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setState('failed');
        setMessage('这个浏览器不能在本页使用摄像头（网址需为 https，或浏览器不支持）。可以改用上面的“粘贴文字”或“上传文件”导入，效果相同。');
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
      } catch (error) {
        if (stopped) return;
        setState('failed');
        setMessage(cameraError(error));
        return;
      }
      if (stopped || !video.current) {
        stream.getTracks().forEach((t) => t.stop());
        return;
      }
      let detect: Detect;
      try {
        const native = await nativeDetector();
        detect = native ?? (await jsqrDetector());
        if (!stopped) setEngine(native ? '浏览器内置识别' : '页面内识别（jsQR）');
      } catch {
        stream.getTracks().forEach((t) => t.stop());
        if (stopped) return;
        setState('failed');
        setMessage('扫码组件加载失败（可能网络已断开）。请联网后刷新页面重试，或改用“粘贴文字”“上传文件”导入。');
        return;
      }
      if (stopped) return;
      const v = video.current;
      v.srcObject = stream;
      try {
        await v.play();
      } catch {
        // Autoplay of a muted video is allowed; frames are read either way once they arrive.
      }
      if (stopped) return;
      setState('scanning');
      setMessage('请把成绩凭证码的二维码对准取景框，识别后会响一声并显示姓名。');
      const loop = async () => {
        if (stopped) return;
        if (v.readyState >= 2) {
          try {
            for (const text of await detect(v)) if (!stopped && text) handle(text);
          } catch {
            // A frame that cannot be read (camera switching, tab hidden): try the next one.
          }
        }
        if (!stopped) timer = setTimeout(loop, INTERVAL_MS);
      };
      void loop();
    };
    void start();
    const shown = video.current;

    return () => {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(flashTimer);
      stream?.getTracks().forEach((t) => t.stop());
      if (shown) shown.srcObject = null;
      void audio?.close().catch(() => undefined);
    };
  }, []);

  return (
    <div
      class="org-scan"
      role="group"
      aria-labelledby="org-scan-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <p id="org-scan-title" class="org-scan-title">
        扫码导入
      </p>
      <div class={`org-scan-view ${flash}`} hidden={state === 'failed'}>
        <video ref={video} muted playsInline autoplay aria-label="摄像头画面" />
        <span class="org-scan-frame" aria-hidden="true" />
      </div>
      <p class={`org-scan-message ${flash}${state === 'failed' ? ' is-failed' : ''}`} role="status" aria-live="polite">
        {message}
      </p>
      {engine && <p class="org-hint">识别方式：{engine}</p>}
      <button type="button" class="button" ref={stopButton} onClick={onClose}>
        停止
      </button>
    </div>
  );
}
