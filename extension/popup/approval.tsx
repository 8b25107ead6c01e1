import './lockedDown';
import { createRoot } from 'react-dom/client';
import { ApprovalWindow } from './approval/ApprovalWindow';
import { t } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('approval.html: #root is missing');
// The window's title bar, in the user's language (approval.html's <title> is the English default).
document.title = t('approvalWindowTitle');
document.documentElement.lang = t('htmlLang');
createRoot(root).render(<ApprovalWindow />);
