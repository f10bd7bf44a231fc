#!/usr/bin/env bash
# Installs (when missing), starts (when stopped) and prepares the local MariaDB and RabbitMQ that the
# distributed mode and the integration tests use. Idempotent; no systemd needed; both listen on
# 127.0.0.1 only. Installing needs root (apt); starting and preparing need root on this layout too.
#
# Creates: MariaDB user k8sshop/k8sshop (all privileges: the tests create one database per test
# class), RabbitMQ user k8sshop/k8sshop (administrator: the tests create one vhost per test class)
# and vhost k8sshop. These are local development credentials, never used anywhere else.
set -euo pipefail

log() { printf 'infra: %s\n' "$*"; }
need_root() { if [ "$(id -u)" -ne 0 ]; then log "$1 needs root; run: sudo $0"; exit 1; fi; }

install_packages() {
  local missing=()
  [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  command -v rabbitmq-server >/dev/null 2>&1 || [ -x /usr/sbin/rabbitmq-server ] || missing+=(rabbitmq-server)
  # Debian's Chromium for the browser tests (tests/K8sShop.Browser.Tests); never a downloaded browser.
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  if [ ${#missing[@]} -gt 0 ]; then
    need_root "installing ${missing[*]}"
    log "installing ${missing[*]} (about 90 s)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # The packages try to start their services; without systemd that fails harmlessly.
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

start_mariadb() {
  if mariadb-admin --protocol=socket ping >/dev/null 2>&1; then log "MariaDB is running"; return; fi
  need_root "starting MariaDB"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  if [ ! -d /var/lib/mysql/mysql ]; then mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null; fi
  log "starting MariaDB on 127.0.0.1:3306"
  nohup /usr/sbin/mariadbd --user=mysql --bind-address=127.0.0.1 --port=3306 --max-connections=500 \
    >/var/log/k8sshop-mariadb.log 2>&1 &
  for _ in $(seq 1 60); do
    mariadb-admin --protocol=socket ping >/dev/null 2>&1 && break
    sleep 1
  done
  mariadb-admin --protocol=socket ping >/dev/null
  mariadb --protocol=socket -e "
    CREATE USER IF NOT EXISTS 'k8sshop'@'localhost' IDENTIFIED BY 'k8sshop';
    CREATE USER IF NOT EXISTS 'k8sshop'@'127.0.0.1' IDENTIFIED BY 'k8sshop';
    GRANT ALL PRIVILEGES ON *.* TO 'k8sshop'@'localhost' WITH GRANT OPTION;
    GRANT ALL PRIVILEGES ON *.* TO 'k8sshop'@'127.0.0.1' WITH GRANT OPTION;
    FLUSH PRIVILEGES;"
}

start_rabbitmq() {
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1
  if rabbitmqctl -q status >/dev/null 2>&1; then log "RabbitMQ is running"; else
    need_root "starting RabbitMQ"
    mkdir -p /etc/rabbitmq
    if [ ! -f /etc/rabbitmq/rabbitmq.conf ] || ! grep -q k8sshop /etc/rabbitmq/rabbitmq.conf; then
      cat >/etc/rabbitmq/rabbitmq.conf <<'CONF'
# k8sshop: loopback only
listeners.tcp.default = 127.0.0.1:5672
management.tcp.ip = 127.0.0.1
management.tcp.port = 15672
CONF
    fi
    rabbitmq-plugins enable --offline rabbitmq_management >/dev/null
    log "starting RabbitMQ on 127.0.0.1:5672 (management on 15672)"
    rabbitmq-server -detached >/dev/null 2>&1 || true
    # -detached returns before the node registers with epmd; await_startup needs a node to ask.
    for _ in $(seq 1 60); do
      rabbitmqctl -q ping >/dev/null 2>&1 && break
      sleep 1
    done
    rabbitmqctl await_startup --timeout 120 >/dev/null
  fi
  rabbitmqctl -q list_users | grep -q '^k8sshop' || rabbitmqctl -q add_user k8sshop k8sshop >/dev/null
  rabbitmqctl -q set_user_tags k8sshop administrator >/dev/null
  rabbitmqctl -q list_vhosts | grep -qx 'k8sshop' || rabbitmqctl -q add_vhost k8sshop >/dev/null
  rabbitmqctl -q set_permissions -p k8sshop k8sshop '.*' '.*' '.*' >/dev/null
  # The management API answers a little after the node: the tests create vhosts through it.
  for _ in $(seq 1 60); do
    curl -fsS -u k8sshop:k8sshop http://127.0.0.1:15672/api/overview >/dev/null 2>&1 && return
    sleep 1
  done
  log "RabbitMQ management API did not answer"; exit 1
}

install_packages
start_mariadb
start_rabbitmq
log "ready: mysql://k8sshop:k8sshop@127.0.0.1:3306  amqp://k8sshop:k8sshop@127.0.0.1:5672/k8sshop"
