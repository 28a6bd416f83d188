// Presentational primitives shared by every feature. They import neither the store nor the api. DOM only.
export { Button, type ButtonProps } from './Button';
export { Panel } from './Panel';
export { Banner } from './Banner';
export { Toasts, type ToastView } from './Toasts';
export { ProgressBar } from './ProgressBar';
export { Highlighted } from './Highlighted';
