package client

import (
	"context"
	"crypto/tls"
	"net"
	"os"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

func dialOrders() (*grpc.ClientConn, error) {
	// ruleid: go-grpc-insecure-transport
	return grpc.NewClient(os.Getenv("ORDERS_ADDR"), grpc.WithTransportCredentials(insecure.NewCredentials()))
}

func dialLegacy(ctx context.Context, addr string) (*grpc.ClientConn, error) {
	opts := []grpc.DialOption{
		// ruleid: go-grpc-insecure-transport
		grpc.WithInsecure(),
		grpc.WithBlock(),
	}
	return grpc.DialContext(ctx, addr, opts...)
}

func dialPayments() (*grpc.ClientConn, error) {
	// ruleid: go-grpc-insecure-transport
	return grpc.Dial("payments.prod.example.com:443", grpc.WithTransportCredentials(insecure.NewCredentials()))
}

func dialSecure(addr string) (*grpc.ClientConn, error) {
	creds := credentials.NewTLS(&tls.Config{MinVersion: tls.VersionTLS12})
	// ok: go-grpc-insecure-transport
	return grpc.NewClient(addr, grpc.WithTransportCredentials(creds))
}

func dialSidecar() (*grpc.ClientConn, error) {
	// ok: go-grpc-insecure-transport
	return grpc.NewClient("localhost:15001", grpc.WithTransportCredentials(insecure.NewCredentials()))
}

func dialAgent() (*grpc.ClientConn, error) {
	// ok: go-grpc-insecure-transport
	return grpc.Dial("unix:///var/run/agent.sock", grpc.WithTransportCredentials(insecure.NewCredentials()))
}

func dialConfigured(addr string, tlsCfg *tls.Config) (*grpc.ClientConn, error) {
	var opts []grpc.DialOption
	if tlsCfg != nil {
		opts = append(opts, grpc.WithTransportCredentials(credentials.NewTLS(tlsCfg)))
	} else {
		// ok: go-grpc-insecure-transport
		opts = append(opts, grpc.WithTransportCredentials(insecure.NewCredentials()))
	}
	return grpc.NewClient(addr, opts...)
}

func dialSocket(ctx context.Context, path string, dialer func(context.Context, string) (net.Conn, error)) (*grpc.ClientConn, error) {
	// ok: go-grpc-insecure-transport
	return grpc.DialContext(ctx, path, grpc.WithInsecure(), grpc.WithContextDialer(dialer))
}
