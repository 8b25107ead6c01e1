import '../shared/lockdown';
import { createRoot } from 'react-dom/client';
import { ApprovalWindow } from './approval/ApprovalWindow';

const root = document.getElementById('root');
if (!root) throw new Error('approval.html: #root is missing');
createRoot(root).render(<ApprovalWindow />);
