import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CALL, type MinwonBridge } from '../shared/contract/transport';

// The page gets one function, never ipcRenderer itself: it cannot reach any other channel.
const bridge: MinwonBridge = {
  call: (channel, input) => ipcRenderer.invoke(IPC_CALL, String(channel), input),
};

contextBridge.exposeInMainWorld('minwon', bridge);
