// The docker CLI as data: every command Drydock's questions may ask for, its aliases, its flags and how many
// positional arguments it takes. Written from the docker CLI reference (docs.docker.com/reference/cli/docker/)
// for Docker 28. Pure.

/**
 * One command. `flags` is a compact list: `-d|--detach` is a boolean flag with a short form, `--name=` takes
 * a value, `-e|--env=` both. `args` bounds the positional arguments before `rest` (if any) takes over.
 */
export interface CommandSpec {
  /** Canonical path, e.g. "container run". */
  readonly path: string;
  /** Other paths that mean the same command, e.g. "run" for "container run". */
  readonly aliases?: readonly string[];
  readonly flags: string;
  readonly args: readonly [min: number, max: number];
  /**
   * After this many positional arguments, everything else (even words starting with "-") belongs to the
   * container's command, not to docker: `docker run IMAGE -d` passes "-d" to the container.
   */
  readonly restAfter?: number;
}

const RUN_CREATE =
  '--add-host= --annotation= -a|--attach= --blkio-weight= --blkio-weight-device= --cap-add= --cap-drop= ' +
  '--cgroup-parent= --cgroupns= --cidfile= --cpu-period= --cpu-quota= --cpu-rt-period= --cpu-rt-runtime= ' +
  '-c|--cpu-shares= --cpus= --cpuset-cpus= --cpuset-mems= --device= --device-cgroup-rule= --device-read-bps= ' +
  '--device-read-iops= --device-write-bps= --device-write-iops= --disable-content-trust --dns= --dns-option= ' +
  '--dns-opt= --dns-search= --domainname= --entrypoint= -e|--env= --env-file= --expose= --gpus= --group-add= ' +
  '--health-cmd= --health-interval= --health-retries= --health-start-period= --health-start-interval= ' +
  '--health-timeout= -h|--hostname= --init -i|--interactive --ip= --ip6= --ipc= --isolation= --kernel-memory= ' +
  '-l|--label= --label-file= --link= --link-local-ip= --log-driver= --log-opt= --mac-address= -m|--memory= ' +
  '--memory-reservation= --memory-swap= --memory-swappiness= --mount= --name= --network= --net= --network-alias= ' +
  '--net-alias= --no-healthcheck --oom-kill-disable --oom-score-adj= --pid= --pids-limit= --platform= --privileged ' +
  '-p|--publish= -P|--publish-all --pull= -q|--quiet --read-only --restart= --rm --runtime= --security-opt= ' +
  '--shm-size= --stop-signal= --stop-timeout= --storage-opt= --sysctl= --tmpfs= -t|--tty --ulimit= -u|--user= ' +
  '--userns= --uts= -v|--volume= --volume-driver= --volumes-from= -w|--workdir=';

const BUILD =
  '--add-host= --allow= --annotation= --attest= --build-arg= --build-context= --builder= --cache-from= --cache-to= ' +
  '--call= --cgroup-parent= --check --compress --cpu-period= --cpu-quota= -c|--cpu-shares= --cpuset-cpus= ' +
  '--cpuset-mems= -f|--file= --force-rm --iidfile= --isolation= --label= --load -m|--memory= --memory-swap= ' +
  '--metadata-file= --network= --no-cache --no-cache-filter= -o|--output= --platform= --progress= --provenance= ' +
  '--pull --push -q|--quiet --rm --sbom= --secret= --security-opt= --shm-size= --squash --ssh= -t|--tag= ' +
  '--target= --ulimit=';

const SERVICE_COMMON =
  '--cap-add= --cap-drop= --credential-spec= -d|--detach --endpoint-mode= --entrypoint= --health-cmd= ' +
  '--health-interval= --health-retries= --health-start-period= --health-start-interval= --health-timeout= ' +
  '--hostname= --init --isolation= --limit-cpu= --limit-memory= --limit-pids= --log-driver= --log-opt= ' +
  '--max-concurrent= --no-healthcheck --no-resolve-image --oom-score-adj= -q|--quiet --read-only ' +
  '--replicas= --replicas-max-per-node= --reserve-cpu= --reserve-memory= --restart-condition= --restart-delay= ' +
  '--restart-max-attempts= --restart-window= --rollback-delay= --rollback-failure-action= ' +
  '--rollback-max-failure-ratio= --rollback-monitor= --rollback-order= --rollback-parallelism= ' +
  '--stop-grace-period= --stop-signal= -t|--tty --update-delay= --update-failure-action= ' +
  '--update-max-failure-ratio= --update-monitor= --update-order= --update-parallelism= -u|--user= ' +
  '--with-registry-auth -w|--workdir=';

const LIST = '-f|--filter= --format= -q|--quiet';
const PRUNE = '--filter= -f|--force';

export const COMMANDS: readonly CommandSpec[] = [
  // containers
  { path: 'container run', aliases: ['run'], flags: `${RUN_CREATE} -d|--detach --detach-keys= --sig-proxy`, args: [1, Infinity], restAfter: 1 },
  { path: 'container create', aliases: ['create'], flags: RUN_CREATE, args: [1, Infinity], restAfter: 1 },
  { path: 'container start', aliases: ['start'], flags: '-a|--attach --checkpoint= --checkpoint-dir= --detach-keys= -i|--interactive', args: [1, Infinity] },
  { path: 'container stop', aliases: ['stop'], flags: '-s|--signal= -t|--timeout= --time=', args: [1, Infinity] },
  { path: 'container restart', aliases: ['restart'], flags: '-s|--signal= -t|--timeout= --time=', args: [1, Infinity] },
  { path: 'container kill', aliases: ['kill'], flags: '-s|--signal=', args: [1, Infinity] },
  { path: 'container rm', aliases: ['rm', 'container remove'], flags: '-f|--force -l|--link -v|--volumes', args: [1, Infinity] },
  { path: 'container pause', aliases: ['pause'], flags: '', args: [1, Infinity] },
  { path: 'container unpause', aliases: ['unpause'], flags: '', args: [1, Infinity] },
  { path: 'container logs', aliases: ['logs'], flags: '--details -f|--follow --since= -n|--tail= -t|--timestamps --until=', args: [1, 1] },
  { path: 'container exec', aliases: ['exec'], flags: '-d|--detach --detach-keys= -e|--env= --env-file= -i|--interactive --privileged -t|--tty -u|--user= -w|--workdir=', args: [2, Infinity], restAfter: 1 },
  { path: 'container attach', aliases: ['attach'], flags: '--detach-keys= --no-stdin --sig-proxy', args: [1, 1] },
  { path: 'container inspect', flags: '-f|--format= -s|--size', args: [1, Infinity] },
  { path: 'inspect', flags: '-f|--format= -s|--size --type=', args: [1, Infinity] },
  { path: 'container ls', aliases: ['ps', 'container ps', 'container list'], flags: '-a|--all -f|--filter= --format= -n|--last= -l|--latest --no-trunc -q|--quiet -s|--size', args: [0, 0] },
  { path: 'container top', aliases: ['top'], flags: '', args: [1, Infinity], restAfter: 1 },
  { path: 'container stats', aliases: ['stats'], flags: '-a|--all --format= --no-stream --no-trunc', args: [0, Infinity] },
  { path: 'container cp', aliases: ['cp'], flags: '-a|--archive -L|--follow-link -q|--quiet', args: [2, 2] },
  { path: 'container commit', aliases: ['commit'], flags: '-a|--author= -c|--change= -m|--message= -p|--pause', args: [1, 2] },
  { path: 'container export', aliases: ['export'], flags: '-o|--output=', args: [1, 1] },
  { path: 'container port', aliases: ['port'], flags: '', args: [1, 2] },
  { path: 'container rename', aliases: ['rename'], flags: '', args: [2, 2] },
  { path: 'container update', aliases: ['update'], flags: '--blkio-weight= --cpu-period= --cpu-quota= --cpu-rt-period= --cpu-rt-runtime= -c|--cpu-shares= --cpus= --cpuset-cpus= --cpuset-mems= -m|--memory= --memory-reservation= --memory-swap= --pids-limit= --restart=', args: [1, Infinity] },
  { path: 'container wait', aliases: ['wait'], flags: '', args: [1, Infinity] },
  { path: 'container diff', aliases: ['diff'], flags: '', args: [1, 1] },
  { path: 'container prune', flags: PRUNE, args: [0, 0] },
  // images
  { path: 'image build', aliases: ['build', 'buildx build', 'builder build'], flags: BUILD, args: [1, 1] },
  { path: 'image ls', aliases: ['images', 'image list'], flags: '-a|--all --digests -f|--filter= --format= --no-trunc -q|--quiet --tree', args: [0, 1] },
  { path: 'image history', aliases: ['history'], flags: '--format= -H|--human --no-trunc --platform= -q|--quiet', args: [1, 1] },
  { path: 'image inspect', flags: '-f|--format= --platform=', args: [1, Infinity] },
  { path: 'image pull', aliases: ['pull'], flags: '-a|--all-tags --disable-content-trust --platform= -q|--quiet', args: [1, 1] },
  { path: 'image push', aliases: ['push'], flags: '-a|--all-tags --disable-content-trust --platform= -q|--quiet', args: [1, 1] },
  { path: 'image rm', aliases: ['rmi', 'image remove'], flags: '-f|--force --no-prune --platform=', args: [1, Infinity] },
  { path: 'image tag', aliases: ['tag'], flags: '', args: [2, 2] },
  { path: 'image save', aliases: ['save'], flags: '-o|--output= --platform=', args: [1, Infinity] },
  { path: 'image load', aliases: ['load'], flags: '-i|--input= --platform= -q|--quiet', args: [0, 0] },
  { path: 'image import', aliases: ['import'], flags: '-c|--change= -m|--message= --platform=', args: [1, 2] },
  { path: 'image prune', flags: `-a|--all ${PRUNE}`, args: [0, 0] },
  { path: 'builder prune', aliases: ['buildx prune'], flags: `-a|--all ${PRUNE} --keep-storage= --reserved-space= --max-used-space= --min-free-space=`, args: [0, 0] },
  { path: 'search', flags: '-f|--filter= --format= --limit= --no-trunc', args: [1, 1] },
  { path: 'login', flags: '-p|--password= --password-stdin -u|--username=', args: [0, 1] },
  { path: 'logout', flags: '', args: [0, 1] },
  { path: 'manifest inspect', flags: '--insecure -v|--verbose', args: [1, 2] },
  // volumes and networks
  { path: 'volume create', flags: '-d|--driver= --label= -o|--opt= --name=', args: [0, 1] },
  { path: 'volume ls', aliases: ['volume list'], flags: `${LIST} --cluster`, args: [0, 0] },
  { path: 'volume inspect', flags: '-f|--format=', args: [1, Infinity] },
  { path: 'volume rm', aliases: ['volume remove'], flags: '-f|--force', args: [1, Infinity] },
  { path: 'volume prune', flags: `-a|--all ${PRUNE}`, args: [0, 0] },
  { path: 'network create', flags: '--attachable --aux-address= --config-from= --config-only -d|--driver= --gateway= --ingress --internal --ip-range= --ipam-driver= --ipam-opt= --ipv4 --ipv6 --label= -o|--opt= --scope= --subnet=', args: [1, 1] },
  { path: 'network ls', aliases: ['network list'], flags: `${LIST} --no-trunc`, args: [0, 0] },
  { path: 'network inspect', flags: '-f|--format= -v|--verbose', args: [1, Infinity] },
  { path: 'network rm', aliases: ['network remove'], flags: '-f|--force', args: [1, Infinity] },
  { path: 'network connect', flags: '--alias= --driver-opt= --gw-priority= --ip= --ip6= --link= --link-local-ip=', args: [2, 2] },
  { path: 'network disconnect', flags: '-f|--force', args: [2, 2] },
  { path: 'network prune', flags: PRUNE, args: [0, 0] },
  // system
  { path: 'system df', flags: '--format= -v|--verbose', args: [0, 0] },
  { path: 'system prune', flags: `-a|--all ${PRUNE} --volumes`, args: [0, 0] },
  { path: 'system info', aliases: ['info'], flags: '-f|--format=', args: [0, 0] },
  { path: 'system events', aliases: ['events'], flags: '-f|--filter= --format= --since= --until=', args: [0, 0] },
  { path: 'version', flags: '-f|--format=', args: [0, 0] },
  { path: 'context create', flags: '--description= --docker=', args: [1, 1] },
  { path: 'context use', flags: '', args: [1, 1] },
  { path: 'context ls', aliases: ['context list'], flags: '--format= -q|--quiet', args: [0, 0] },
  { path: 'context inspect', flags: '-f|--format=', args: [0, Infinity] },
  { path: 'context rm', aliases: ['context remove'], flags: '-f|--force', args: [1, Infinity] },
  { path: 'plugin install', flags: '--alias= --disable --grant-all-permissions', args: [1, Infinity] },
  { path: 'plugin ls', aliases: ['plugin list'], flags: `${LIST} --no-trunc`, args: [0, 0] },
  { path: 'plugin enable', flags: '--timeout=', args: [1, 1] },
  { path: 'plugin disable', flags: '-f|--force', args: [1, 1] },
  { path: 'plugin rm', aliases: ['plugin remove'], flags: '-f|--force', args: [1, Infinity] },
  // swarm
  { path: 'swarm init', flags: '--advertise-addr= --autolock --availability= --cert-expiry= --data-path-addr= --data-path-port= --default-addr-pool= --default-addr-pool-mask-length= --dispatcher-heartbeat= --external-ca= --force-new-cluster --listen-addr= --max-snapshots= --snapshot-interval= --task-history-limit=', args: [0, 0] },
  { path: 'swarm join', flags: '--advertise-addr= --availability= --data-path-addr= --listen-addr= --token=', args: [1, 1] },
  { path: 'swarm join-token', flags: '-q|--quiet --rotate', args: [1, 1] },
  { path: 'swarm leave', flags: '-f|--force', args: [0, 0] },
  { path: 'swarm unlock', flags: '', args: [0, 0] },
  { path: 'swarm unlock-key', flags: '-q|--quiet --rotate', args: [0, 0] },
  { path: 'swarm update', flags: '--autolock --cert-expiry= --dispatcher-heartbeat= --external-ca= --max-snapshots= --snapshot-interval= --task-history-limit=', args: [0, 0] },
  { path: 'swarm ca', flags: '--ca-cert= --ca-key= --cert-expiry= -d|--detach --external-ca= -q|--quiet --rotate', args: [0, 0] },
  { path: 'node ls', aliases: ['node list'], flags: LIST, args: [0, 0] },
  { path: 'node inspect', flags: '-f|--format= --pretty', args: [1, Infinity] },
  { path: 'node promote', flags: '', args: [1, Infinity] },
  { path: 'node demote', flags: '', args: [1, Infinity] },
  { path: 'node update', flags: '--availability= --label-add= --label-rm= --role=', args: [1, 1] },
  { path: 'node rm', aliases: ['node remove'], flags: '-f|--force', args: [1, Infinity] },
  { path: 'node ps', flags: `${LIST} --no-resolve --no-trunc`, args: [0, Infinity] },
  {
    path: 'service create',
    flags: `${SERVICE_COMMON} --config= --constraint= --container-label= --dns= --dns-option= --dns-search= -e|--env= --env-file= --generic-resource= --group= --host= -l|--label= --mode= --mount= --name= --network= --placement-pref= -p|--publish= --secret= --sysctl= --ulimit=`,
    args: [1, Infinity],
    restAfter: 1,
  },
  {
    path: 'service update',
    flags:
      `${SERVICE_COMMON} --args= --config-add= --config-rm= --constraint-add= --constraint-rm= --container-label-add= ` +
      '--container-label-rm= --dns-add= --dns-option-add= --dns-option-rm= --dns-rm= --dns-search-add= --dns-search-rm= ' +
      '--env-add= --env-rm= --force --generic-resource-add= --generic-resource-rm= --group-add= --group-rm= --host-add= ' +
      '--host-rm= --image= --label-add= --label-rm= --mount-add= --mount-rm= --network-add= --network-rm= ' +
      '--placement-pref-add= --placement-pref-rm= --publish-add= --publish-rm= --rollback --secret-add= --secret-rm= ' +
      '--sysctl-add= --sysctl-rm= --ulimit-add= --ulimit-rm=',
    args: [1, 1],
  },
  { path: 'service ls', aliases: ['service list'], flags: LIST, args: [0, 0] },
  { path: 'service ps', flags: `${LIST} --no-resolve --no-trunc`, args: [1, Infinity] },
  { path: 'service inspect', flags: '-f|--format= --pretty', args: [1, Infinity] },
  { path: 'service logs', flags: '--details -f|--follow --no-resolve --no-task-ids --no-trunc --raw --since= -n|--tail= -t|--timestamps', args: [1, 1] },
  { path: 'service scale', flags: '-d|--detach', args: [1, Infinity] },
  { path: 'service rollback', flags: '-d|--detach -q|--quiet', args: [1, 1] },
  { path: 'service rm', aliases: ['service remove'], flags: '', args: [1, Infinity] },
  { path: 'stack deploy', aliases: ['stack up'], flags: '-c|--compose-file= -d|--detach --prune -q|--quiet --resolve-image= --with-registry-auth', args: [1, 1] },
  { path: 'stack ls', aliases: ['stack list'], flags: '--format=', args: [0, 0] },
  { path: 'stack ps', flags: `${LIST} --no-resolve --no-trunc`, args: [1, 1] },
  { path: 'stack services', flags: LIST, args: [1, 1] },
  { path: 'stack rm', aliases: ['stack remove', 'stack down'], flags: '-d|--detach', args: [1, Infinity] },
  { path: 'secret create', flags: '-d|--driver= -l|--label= --template-driver=', args: [1, 2] },
  { path: 'secret ls', aliases: ['secret list'], flags: LIST, args: [0, 0] },
  { path: 'secret inspect', flags: '-f|--format= --pretty', args: [1, Infinity] },
  { path: 'secret rm', aliases: ['secret remove'], flags: '', args: [1, Infinity] },
  { path: 'config create', flags: '-l|--label= --template-driver=', args: [2, 2] },
  { path: 'config ls', aliases: ['config list'], flags: LIST, args: [0, 0] },
  { path: 'config inspect', flags: '-f|--format= --pretty', args: [1, Infinity] },
  { path: 'config rm', aliases: ['config remove'], flags: '', args: [1, Infinity] },
  // content trust
  { path: 'trust sign', flags: '--local', args: [1, 1] },
  { path: 'trust inspect', flags: '--pretty', args: [1, Infinity] },
  { path: 'trust revoke', flags: '-y|--yes', args: [1, 1] },
  { path: 'trust key generate', flags: '--dir=', args: [1, 1] },
  { path: 'trust key load', flags: '--name=', args: [1, 1] },
  { path: 'trust signer add', flags: '--key=', args: [2, Infinity] },
  { path: 'trust signer remove', flags: '-f|--force', args: [2, Infinity] },
  // compose (v2 plugin); the project flags come before the subcommand
  { path: 'compose up', flags: '-d|--detach --build --no-build --force-recreate --no-recreate --no-deps --remove-orphans --scale= --wait -V|--renew-anon-volumes --abort-on-container-exit --pull= -t|--timeout=', args: [0, Infinity] },
  { path: 'compose down', flags: '--remove-orphans --rmi= -t|--timeout= -v|--volumes', args: [0, Infinity] },
  { path: 'compose ps', flags: '-a|--all --format= -q|--quiet --services --status= --filter=', args: [0, Infinity] },
  { path: 'compose logs', flags: '-f|--follow --no-color --no-log-prefix --since= -n|--tail= -t|--timestamps --until=', args: [0, Infinity] },
  { path: 'compose build', flags: '--build-arg= --no-cache --pull -q|--quiet', args: [0, Infinity] },
  { path: 'compose config', flags: '-q|--quiet --services --volumes --format= -o|--output=', args: [0, Infinity] },
  { path: 'compose exec', flags: '-d|--detach -e|--env= --index= -i|--interactive -t|--tty -T|--no-TTY --privileged -u|--user= -w|--workdir=', args: [2, Infinity], restAfter: 1 },
  { path: 'compose run', flags: '-d|--detach -e|--env= --entrypoint= --name= --no-deps -p|--publish= --rm --service-ports -T|--no-TTY -u|--user= -v|--volume= -w|--workdir=', args: [1, Infinity], restAfter: 1 },
  { path: 'compose start', flags: '', args: [0, Infinity] },
  { path: 'compose stop', flags: '-t|--timeout=', args: [0, Infinity] },
  { path: 'compose restart', flags: '-t|--timeout=', args: [0, Infinity] },
  { path: 'compose pull', flags: '-q|--quiet --ignore-pull-failures', args: [0, Infinity] },
  { path: 'compose push', flags: '--ignore-push-failures', args: [0, Infinity] },
  { path: 'compose rm', flags: '-f|--force -s|--stop -v|--volumes', args: [0, Infinity] },
  { path: 'compose kill', flags: '-s|--signal=', args: [0, Infinity] },
  { path: 'compose top', flags: '', args: [0, Infinity] },
  { path: 'compose images', flags: '-q|--quiet', args: [0, Infinity] },
  { path: 'compose pause', flags: '', args: [0, Infinity] },
  { path: 'compose unpause', flags: '', args: [0, Infinity] },
  { path: 'compose scale', flags: '--no-deps', args: [1, Infinity] },
];

/** Flags the docker binary itself takes before the command. */
export const GLOBAL_FLAGS =
  '--config= -c|--context= -D|--debug -H|--host= -l|--log-level= --tls --tlscacert= --tlscert= --tlskey= --tlsverify';

/** Flags `docker compose` takes before its subcommand. */
export const COMPOSE_FLAGS =
  '-f|--file= -p|--project-name= --profile= --env-file= --project-directory= --ansi= --compatibility --parallel= --progress=';

/** Docker Scout (the image analysis plugin that replaced `docker scan`). */
export const SCOUT_COMMANDS: readonly CommandSpec[] = [
  { path: 'scout quickview', aliases: ['scout qv'], flags: '--env= --ignore-suppressed --latest --only-policy= --org= -o|--output= --platform= --ref=', args: [0, 1] },
  { path: 'scout cves', flags: '--details --env= -e|--exit-code --format= --ignore-base --ignore-suppressed --locations --multi-stage --only-base --only-cve-id= --only-fixed --only-package= --only-package-type= --only-severity= --only-unfixed --only-vex-affected --org= -o|--output= --platform= --ref=', args: [0, 1] },
  { path: 'scout recommendations', flags: '--only-refresh --only-update --org= -o|--output= --platform= --ref= --tag=', args: [0, 1] },
  { path: 'scout compare', flags: '-e|--exit-code --format= --ignore-base --ignore-unchanged --multi-stage --only-fixed --only-package-type= --only-policy= --only-severity= --org= -o|--output= --platform= --ref= --to= --to-env= --to-latest --to-ref=', args: [0, 1] },
  { path: 'scout sbom', flags: '--format= --only-package-type= -o|--output= --platform= --ref=', args: [0, 1] },
];

/** The daemon's own flags (`dockerd --help`), most of which can also be set in daemon.json. */
export const DOCKERD_FLAGS =
  '--add-runtime= --authorization-plugin= -b|--bridge= --bip= --cgroup-parent= --config-file= --containerd= ' +
  '--data-root= -D|--debug --default-address-pool= --default-cgroupns-mode= --default-gateway= --default-ipc-mode= ' +
  '--default-runtime= --default-shm-size= --default-ulimit= --dns= --dns-opt= --dns-search= --exec-opt= ' +
  '--exec-root= --experimental --feature= --fixed-cidr= --fixed-cidr-v6= -G|--group= --host-gateway-ip= ' +
  '-H|--host= --icc --init --insecure-registry= --ip= --ip-forward --ip-masq --iptables --ip6tables --ipv6 ' +
  '--label= --live-restore --log-driver= --log-format= -l|--log-level= --log-opt= --max-concurrent-downloads= ' +
  '--max-concurrent-uploads= --max-download-attempts= --metrics-addr= --mtu= --no-new-privileges -p|--pidfile= ' +
  '--raw-logs --registry-mirror= --rootless --seccomp-profile= --selinux-enabled --shutdown-timeout= ' +
  '-s|--storage-driver= --storage-opt= --swarm-default-advertise-addr= --tls --tlscacert= --tlscert= --tlskey= ' +
  '--tlsverify --userland-proxy --userland-proxy-path= --userns-remap= --validate';

/** kubectl verbs the Kubernetes lessons use; flags are not modelled, only the verb is checked. */
export const KUBECTL_VERBS = [
  'annotate', 'apply', 'autoscale', 'config', 'cp', 'create', 'delete', 'describe', 'diff', 'edit', 'exec',
  'explain', 'expose', 'get', 'label', 'logs', 'patch', 'port-forward', 'rollout', 'run', 'scale', 'set', 'top',
  'version', 'cluster-info',
] as const;
