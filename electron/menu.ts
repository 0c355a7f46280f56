import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';

/** The application menu in Korean; standard roles keep the platform's own behaviour and shortcuts. */
export function menuTemplate(win: () => BrowserWindow | null, showAbout: () => void): MenuItemConstructorOptions[] {
  return [
    {
      label: '파일',
      submenu: [
        { label: '인쇄…', accelerator: 'CmdOrCtrl+P', click: () => win()?.webContents.print() },
        { type: 'separator' },
        { label: '끝내기', role: 'quit' },
      ],
    },
    {
      label: '편집',
      submenu: [
        { label: '실행 취소', role: 'undo' },
        { label: '다시 실행', role: 'redo' },
        { type: 'separator' },
        { label: '잘라내기', role: 'cut' },
        { label: '복사', role: 'copy' },
        { label: '붙여넣기', role: 'paste' },
        { label: '모두 선택', role: 'selectAll' },
      ],
    },
    {
      label: '보기',
      submenu: [
        { label: '새로 고침', role: 'reload' },
        { type: 'separator' },
        { label: '실제 크기', role: 'resetZoom' },
        { label: '확대', role: 'zoomIn' },
        { label: '축소', role: 'zoomOut' },
        { type: 'separator' },
        { label: '전체 화면', role: 'togglefullscreen' },
      ],
    },
    {
      label: '도움말',
      submenu: [{ label: '프로그램 정보', click: showAbout }],
    },
  ];
}
