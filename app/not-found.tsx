import { NotPublic } from '@/components/not-public';

export default function NotFound() {
  return <NotPublic />;
}
