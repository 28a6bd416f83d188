// Buttons: one component, three looks. Presentational only (no store, no api). DOM only.
import type { ButtonHTMLAttributes } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: 'primary' | 'secondary' | 'ghost';
  readonly pressed?: boolean;
}

export function Button({ variant = 'secondary', pressed, className, type = 'button', ...rest }: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, className].filter(Boolean).join(' ');
  return <button type={type} className={classes} aria-pressed={pressed} {...rest} />;
}
